"""Pure Python: the entities of a Smart City strategy and the rules and maths over them."""
