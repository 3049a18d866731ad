"""Everything on screen: widgets, item models, dialogs; turns gestures into document commands."""
