<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActionItemsPanel</name>
    <message>
        <location filename="../../smartcity_desktop/ui/minutes_lists.py" line="+194"/>
        <source>What is to be done? Type it and press Enter</source>
        <translation>Was ist zu tun? Eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due (31.12.2026)</source>
        <translation>Bis (31.12.2026)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
</context>
<context>
    <name>BallotPanel</name>
    <message>
        <location filename="../../smartcity_desktop/ui/voting_panels.py" line="+310"/>
        <source>Confirm ballot</source>
        <translation>Stimmabgabe bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abstain</source>
        <translation>Enthaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw the last ballot</source>
        <translation>Letzte Stimmabgabe zurückziehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voter</source>
        <translation>Abstimmende Person</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Next voter (no. %1)</source>
        <translation>Nächste Person (Nr. %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n green dot(s) left</source>
        <translation>
            <numerusform>noch %n grüner Punkt</numerusform>
            <numerusform>noch %n grüne Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n red dot(s) left</source>
        <translation>
            <numerusform>noch %n roter Punkt</numerusform>
            <numerusform>noch %n rote Punkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ballot</source>
        <translation>Stimmabgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone present has voted.</source>
        <translation>Alle Anwesenden haben abgestimmt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ballot not accepted</source>
        <translation>Stimmabgabe nicht angenommen</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../smartcity_desktop/ui/board_page.py" line="+153"/>
        <source>New card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new card (N, or double-click)</source>
        <translation>Eine neue Karte (N oder Doppelklick)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new cluster with the selected cards</source>
        <translation>Ein neuer Cluster mit den ausgewählten Karten</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+450"/>
        <location line="+202"/>
        <source>Tidy</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <location line="-650"/>
        <source>Arrange the cards of the selected clusters in a neat grid</source>
        <translation>Die Karten der ausgewählten Cluster ordentlich im Raster anordnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lay out</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lay out all clusters without overlap, loose cards below</source>
        <translation>Alle Cluster ohne Überlappung anordnen, lose Karten darunter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import ideas from a survey export (CSV or Excel)</source>
        <translation>Ideen aus einem Umfrage-Export importieren (CSV oder Excel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicates…</source>
        <translation>Dubletten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find near-identical cards and merge them, keeping both sources</source>
        <translation>Fast gleiche Karten finden und zusammenführen; beide Quellen bleiben erhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dot-voting…</source>
        <translation>Punktabfrage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a dot-voting round on the clusters or cards</source>
        <translation>Eine Punktabfrage zu den Clustern oder Karten beginnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+440"/>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+11"/>
        <source>Promote</source>
        <translation>Zum Handlungsfeld</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>Make fields of action of the selected clusters (or all)</source>
        <translation>Aus den ausgewählten Clustern (oder allen) Handlungsfelder machen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search and filter (Ctrl+F)</source>
        <translation>Suchen und filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole board (F, Ctrl+0)</source>
        <translation>Die ganze Pinnwand zeigen (F, Strg+0)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text size of the cards (for the projector)</source>
        <translation>Schriftgröße der Karten (für den Beamer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small text</source>
        <translation>Kleine Schrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text</source>
        <translation>Normale Schrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Dot-voting</source>
        <translation>Punktabfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is nothing to vote on yet.</source>
        <translation>Es gibt noch nichts, worüber abgestimmt werden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dot-voting %1</source>
        <translation>Punktabfrage %1</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster</numerusform>
            <numerusform>%n Cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not yet sorted</source>
        <translation>
            <numerusform>%n noch nicht zugeordnet</numerusform>
            <numerusform>%n noch nicht zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Start a cluster</source>
        <translation>Cluster beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new cluster with these two cards?</source>
        <translation>Mit diesen beiden Karten einen neuen Cluster beginnen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start cluster</source>
        <translation>Cluster beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+142"/>
        <source>New cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the idea, then Enter</source>
        <translation>Idee eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Delete cluster</source>
        <translation>Cluster löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The selected cluster(s) hold %n card(s). Keep the cards on the board (loose), or delete them too? You can undo either.</source>
        <translation>
            <numerusform>Die Auswahl enthält %n Karte. Soll sie (lose) auf der Pinnwand bleiben oder mitgelöscht werden? Beides lässt sich rückgängig machen.</numerusform>
            <numerusform>Die Auswahl enthält %n Karten. Sollen sie (lose) auf der Pinnwand bleiben oder mitgelöscht werden? Beides lässt sich rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the cards</source>
        <translation>Karten behalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the cards too</source>
        <translation>Karten mitlöschen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Select a cluster to tidy first.</source>
        <translation>Bitte zuerst einen Cluster zum Aufräumen auswählen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>An import area is not a field of action: sort its cards into clusters first.</source>
        <translation>Ein Import-Bereich ist kein Handlungsfeld: Ordnen Sie seine Karten zuerst Clustern zu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no clusters on this board yet.</source>
        <translation>Auf dieser Pinnwand gibt es noch keine Cluster.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make fields of action of all %1 clusters on this board?</source>
        <translation>Aus allen %1 Clustern dieser Pinnwand Handlungsfelder machen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promote all</source>
        <translation>Alle übernehmen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The selected clusters are fields of action already.</source>
        <translation>Die ausgewählten Cluster sind bereits Handlungsfelder.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Create project</source>
        <translation>Projekt anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project “%1” was already made from this. Create another one?</source>
        <translation>Hieraus wurde bereits das Projekt „%1“ angelegt. Noch eines anlegen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create another</source>
        <translation>Noch eines anlegen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No near-identical cards on this board.</source>
        <translation>Auf dieser Pinnwand gibt es keine fast gleichen Karten.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster the selected cards…</source>
        <translation>Ausgewählte Karten clustern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename cluster</source>
        <translation>Cluster umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Zoom to cluster</source>
        <translation>Auf Cluster zoomen</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Merge clusters</source>
        <translation>Cluster zusammenführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promote to field of action</source>
        <translation>Zum Handlungsfeld machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to field of action</source>
        <translation>Einem Handlungsfeld zuordnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove from field of action</source>
        <translation>Aus dem Handlungsfeld nehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create project from card</source>
        <translation>Projekt aus Karte anlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create project from cluster</source>
        <translation>Projekt aus Cluster anlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New card here</source>
        <translation>Neue Karte hier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lay out all clusters</source>
        <translation>Alle Cluster anordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Show the whole board</source>
        <translation>Die ganze Pinnwand zeigen</translation>
    </message>
</context>
<context>
    <name>BoardProperties</name>
    <message>
        <location filename="../../smartcity_desktop/ui/board_panels.py" line="+162"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Verfasser:in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merged duplicate (%1): %2</source>
        <translation>Zusammengeführte Dublette (%1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In cluster “%1”</source>
        <translation>Im Cluster „%1“</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n card(s) selected</source>
        <translation>
            <numerusform>%n Karte ausgewählt</numerusform>
            <numerusform>%n Karten ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import area</source>
        <translation>Import-Bereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cards from an import, still to be sorted: drag them into clusters. An empty area can be deleted.</source>
        <translation>Karten aus einem Import, noch zuzuordnen: in Cluster ziehen. Ein leerer Bereich kann gelöscht werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field of action: %1</source>
        <translation>Handlungsfeld: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet a field of action (context menu ▸ Promote to field of action)</source>
        <translation>Noch kein Handlungsfeld (Kontextmenü ▸ Zum Handlungsfeld machen)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n cluster(s) selected</source>
        <translation>
            <numerusform>%n Cluster ausgewählt</numerusform>
            <numerusform>%n Cluster ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N or a double-click adds a card. Drag cards onto a cluster to sort them; select cards and press “Cluster” to start one. F shows the whole board.</source>
        <translation>N oder ein Doppelklick legt eine Karte an. Karten auf einen Cluster ziehen, um sie zuzuordnen; Karten auswählen und „Cluster“ drücken, um einen neuen zu beginnen. F zeigt die ganze Pinnwand.</translation>
    </message>
</context>
<context>
    <name>BoardTexts</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/document/board_ops.py" line="+42"/>
        <source>Tidy %n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster aufräumen</numerusform>
            <numerusform>%n Cluster aufräumen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster löschen</numerusform>
            <numerusform>%n Cluster löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Colour %n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster einfärben</numerusform>
            <numerusform>%n Cluster einfärben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Merge %n duplicate card(s)</source>
        <translation>
            <numerusform>%n Dublette zusammenführen</numerusform>
            <numerusform>%n Dubletten zusammenführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Promote %n cluster(s) to fields of action</source>
        <translation>
            <numerusform>%n Cluster zum Handlungsfeld machen</numerusform>
            <numerusform>%n Cluster zu Handlungsfeldern machen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Take %n card(s) out of their cluster</source>
        <translation>
            <numerusform>%n Karte aus dem Cluster nehmen</numerusform>
            <numerusform>%n Karten aus ihren Clustern nehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n cluster(s) with their cards</source>
        <translation>
            <numerusform>%n Cluster mit Karten löschen</numerusform>
            <numerusform>%n Cluster mit Karten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>%n Karte löschen</numerusform>
            <numerusform>%n Karten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Move %n card(s) to “%1”</source>
        <translation>
            <numerusform>%n Karte nach „%1“ verschieben</numerusform>
            <numerusform>%n Karten nach „%1“ verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Move %n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster verschieben</numerusform>
            <numerusform>%n Cluster verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>%n Karte verschieben</numerusform>
            <numerusform>%n Karten verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Colour %n card(s)</source>
        <translation>
            <numerusform>%n Karte einfärben</numerusform>
            <numerusform>%n Karten einfärben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Merge %n cluster(s) into “%1”</source>
        <translation>
            <numerusform>%n Cluster in „%1“ zusammenführen</numerusform>
            <numerusform>%n Cluster in „%1“ zusammenführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Set the source of %n card(s)</source>
        <translation>
            <numerusform>Quelle von %n Karte setzen</numerusform>
            <numerusform>Quelle von %n Karten setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Edit %n card(s)</source>
        <translation>
            <numerusform>%n Karte bearbeiten</numerusform>
            <numerusform>%n Karten bearbeiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../smartcity_desktop/ui/presenter_board.py" line="+136"/>
        <source>This board was deleted.</source>
        <translation>Diese Pinnwand wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../smartcity_desktop/ui/catalogue_models.py" line="+45"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortlisted</source>
        <translation>In der engeren Wahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In Umsetzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must (K.O.)</source>
        <translation>Muss (K.-o.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A must-criterion (K.O.): a project scoring below the threshold is excluded.</source>
        <translation>Ein Muss-Kriterium (K.-o.-Kriterium): Ein Projekt mit einer Bewertung unter der Schwelle wird ausgeschlossen.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A criterion needs a name. It keeps its name “%1”.</source>
        <translation>Ein Kriterium braucht einen Namen. Es behält seinen Namen „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A project needs a title. It keeps its title “%1”.</source>
        <translation>Ein Projekt braucht einen Titel. Es behält seinen Titel „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not an amount in euros. Type a whole number such as %2, or leave the field empty if the cost is not known yet.</source>
        <translation>„%1“ ist kein Betrag in Euro. Geben Sie eine ganze Zahl wie %2 ein oder lassen Sie das Feld leer, wenn die Kosten noch nicht bekannt sind.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cost not known yet</source>
        <translation>Kosten noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>card: %1</source>
        <translation>Karte: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../smartcity_desktop/ui/catalogue_page.py" line="+153"/>
        <location line="+144"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alt+Up</source>
        <translation>Alt+Pfeil nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down</source>
        <translation>Alt+Pfeil nach unten</translation>
    </message>
</context>
<context>
    <name>ClusterTexts</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/board_scene.py" line="+385"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field of action: %1</source>
        <translation>Handlungsfeld: %1</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../smartcity_desktop/document/commands.py" line="+145"/>
        <source>Add participant</source>
        <translation>Teilnehmende Person hinzufügen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Rename workshop</source>
        <translation>Workshop umbenennen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit workshop</source>
        <translation>Workshop bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit vision</source>
        <translation>Leitbild bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit strategy</source>
        <translation>Strategie bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add workshop</source>
        <translation>Workshop hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete workshop</source>
        <translation>Workshop löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit participant</source>
        <translation>Teilnehmende Person bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete participant</source>
        <translation>Teilnehmende Person löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add stakeholder group</source>
        <translation>Anspruchsgruppe hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename stakeholder group</source>
        <translation>Anspruchsgruppe umbenennen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete stakeholder group</source>
        <translation>Anspruchsgruppe löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add agenda item</source>
        <translation>Tagesordnungspunkt hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit agenda item</source>
        <translation>Tagesordnungspunkt bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete agenda item</source>
        <translation>Tagesordnungspunkt löschen</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/document/board_ops.py" line="+108"/>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edit card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Create cluster “%1”</source>
        <translation>Cluster „%1“ anlegen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rename cluster “%1”</source>
        <translation>Cluster in „%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Tidy cluster “%1”</source>
        <translation>Cluster „%1“ aufräumen</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Lay out the board</source>
        <translation>Pinnwand anordnen</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Add cluster to field of action</source>
        <translation>Cluster einem Handlungsfeld zuordnen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove cluster from field of action</source>
        <translation>Cluster aus dem Handlungsfeld nehmen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename field of action</source>
        <translation>Handlungsfeld umbenennen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit field of action</source>
        <translation>Handlungsfeld bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete field of action</source>
        <translation>Handlungsfeld löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add board</source>
        <translation>Pinnwand hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename board</source>
        <translation>Pinnwand umbenennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete board</source>
        <translation>Pinnwand löschen</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/document/voting_ops.py" line="+128"/>
        <source>Start voting round “%1”</source>
        <translation>Punktabfrage „%1“ beginnen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename voting round</source>
        <translation>Punktabfrage umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the voting settings</source>
        <translation>Einstellungen der Punktabfrage ändern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reopen voting</source>
        <translation>Punktabfrage wieder öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close voting</source>
        <translation>Abstimmung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal results</source>
        <translation>Ergebnis aufdecken</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Record an abstention</source>
        <translation>Enthaltung erfassen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Withdraw a ballot</source>
        <translation>Stimmabgabe zurückziehen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter paper count</source>
        <translation>Papierzählung eintragen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete voting round</source>
        <translation>Punktabfrage löschen</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/document/weighting_ops.py" line="+53"/>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add criterion “%1”</source>
        <translation>Kriterium „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit criterion</source>
        <translation>Kriterium bearbeiten</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Move criterion</source>
        <translation>Kriterium verschieben</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add project “%1”</source>
        <translation>Projekt „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Edit project</source>
        <translation>Projekt bearbeiten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move project</source>
        <translation>Projekt verschieben</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Weighting</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Start weighting “%1”</source>
        <translation>Gewichtung „%1“ beginnen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Rename weighting</source>
        <translation>Gewichtung umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish weighting</source>
        <translation>Gewichtung abschließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen weighting</source>
        <translation>Gewichtung wieder öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the weighting method</source>
        <translation>Gewichtungsmethode ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the weighting</source>
        <translation>Gewichtung ändern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the criteria of the weighting</source>
        <translation>Kriterien der Gewichtung auswählen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the projects of the weighting</source>
        <translation>Projekte der Gewichtung auswählen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Delete weighting</source>
        <translation>Gewichtung löschen</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Clear a judgement</source>
        <translation>Einschätzung löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a judgement</source>
        <translation>Einschätzung eintragen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter judgements</source>
        <translation>Einschätzungen eintragen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Clear a score</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a score</source>
        <translation>Bewertung eintragen</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/document/minutes_ops.py" line="+125"/>
        <source>Edit the minutes</source>
        <translation>Protokoll bearbeiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pseudonymise all names in the minutes</source>
        <translation>Alle Namen im Protokoll pseudonymisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop pseudonymising the minutes</source>
        <translation>Pseudonymisierung des Protokolls aufheben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set the logo</source>
        <translation>Logo festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add decision</source>
        <translation>Beschluss hinzufügen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add action item</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit decision</source>
        <translation>Beschluss bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit action item</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit photo</source>
        <translation>Foto bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete decision</source>
        <translation>Beschluss löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete action item</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete photo</source>
        <translation>Foto löschen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Move decision</source>
        <translation>Beschluss verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move action item</source>
        <translation>Aufgabe verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move photo</source>
        <translation>Foto verschieben</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rotate photo</source>
        <translation>Foto drehen</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/ui/minutes_page.py" line="+56"/>
        <source>Edit agenda notes</source>
        <translation>Notizen zum Tagesordnungspunkt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/document/strategy_ops.py" line="+47"/>
        <source>Edit the strategy draft</source>
        <translation>Strategieentwurf bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the agreed weighting</source>
        <translation>Vereinbarte Gewichtung auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add strategic goal</source>
        <translation>Strategisches Ziel hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add goal of the field of action</source>
        <translation>Ziel des Handlungsfelds hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add role or body</source>
        <translation>Rolle oder Gremium hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add next step</source>
        <translation>Nächsten Schritt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit strategic goal</source>
        <translation>Strategisches Ziel bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit goal of the field of action</source>
        <translation>Ziel des Handlungsfelds bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit role or body</source>
        <translation>Rolle oder Gremium bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit next step</source>
        <translation>Nächsten Schritt bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete strategic goal</source>
        <translation>Strategisches Ziel löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete goal of the field of action</source>
        <translation>Ziel des Handlungsfelds löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete role or body</source>
        <translation>Rolle oder Gremium löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete next step</source>
        <translation>Nächsten Schritt löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move strategic goal</source>
        <translation>Strategisches Ziel verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move goal of the field of action</source>
        <translation>Ziel des Handlungsfelds verschieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move role or body</source>
        <translation>Rolle oder Gremium verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move next step</source>
        <translation>Nächsten Schritt verschieben</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/document/strategy_versions.py" line="+48"/>
        <source>Save version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename version</source>
        <translation>Version umbenennen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete version</source>
        <translation>Version löschen</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Restore version</source>
        <translation>Version wiederherstellen</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../smartcity_desktop/ui/draft_compare.py" line="+141"/>
        <source>Show only changed sections</source>
        <translation>Nur geänderte Abschnitte zeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted words</source>
        <translation>Gelöschte Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inserted words</source>
        <translation>eingefügte Wörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 are struck through, %2 are underlined.</source>
        <translation>%1 sind durchgestrichen, %2 sind unterstrichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare</source>
        <translation>Vergleich von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+52"/>
        <source>Current draft</source>
        <translation>Aktueller Entwurf</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%1 of %n section(s) changed</source>
        <translation>
            <numerusform>%1 von %n Abschnitt geändert</numerusform>
            <numerusform>%1 von %n Abschnitten geändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two drafts say the same in every section.</source>
        <translation>Die beiden Entwürfe stimmen in allen Abschnitten überein.</translation>
    </message>
</context>
<context>
    <name>ConsistencyPanel</name>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_consistency.py" line="+55"/>
        <source>Use suggested value</source>
        <translation>Vorgeschlagenen Wert übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this pair</source>
        <translation>Dieses Paar zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consistency</source>
        <translation>Konsistenz</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>λ_max, CI and CR appear once every pair is answered (%1 of %2).</source>
        <translation>λ_max, CI und CR erscheinen, sobald jedes Paar beantwortet ist (%1 von %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>λ_max, CI and CR appear once a participant has answered every pair.</source>
        <translation>λ_max, CI und CR erscheinen, sobald eine teilnehmende Person jedes Paar beantwortet hat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>With two criteria the answers cannot contradict each other (CR = 0).</source>
        <translation>Bei zwei Kriterien können sich die Antworten nicht widersprechen (CR = 0).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consistent enough: CR is at most 0.10.</source>
        <translation>Ausreichend konsistent: Das Konsistenzverhältnis (CR) beträgt höchstens 0,10.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CR = %1 is above 0.10: some answers contradict each other.</source>
        <translation>CR = %1 liegt über 0,10: Einige Antworten widersprechen sich.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Random Index: Saaty (1980); not needed for fewer than 3 criteria.</source>
        <translation>Zufallsindex: Saaty (1980); bei weniger als 3 Kriterien nicht nötig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random Index: Saaty (1980), RI = %1 for n = %2</source>
        <translation>Zufallsindex: Saaty (1980), RI = %1 für n = %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Revisit: %1 vs. %2 — now “%3”; no other value on the scale fits better, so talk this pair through again.</source>
        <translation>Nochmals prüfen: %1 vs. %2 – jetzt „%3“; kein anderer Wert der Skala passt besser, also dieses Paar noch einmal besprechen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revisit: %1 vs. %2 — now “%3”; consistent with the other answers would be “%4”.</source>
        <translation>Nochmals prüfen: %1 vs. %2 – jetzt „%3“; stimmig mit den übrigen Antworten wäre „%4“.</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <location filename="../../smartcity_desktop/ui/criteria_page.py" line="+60"/>
        <source>Add criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new criterion (Insert or Ctrl+N)</source>
        <translation>Ein neues Kriterium (Einfg oder Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected criteria (Del)</source>
        <translation>Die ausgewählten Kriterien löschen (Entf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Criteria for choosing projects</source>
        <translation>Kriterien für die Projektauswahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects are scored 0–10 on each criterion; say what 0, 5 and 10 mean so everyone scores alike. Phrase cost and risk positively (10 = low cost). A must-criterion excludes every project scoring below its threshold.</source>
        <translation>Projekte werden je Kriterium mit 0–10 bewertet; beschreiben Sie, was 0, 5 und 10 bedeuten, damit alle nach demselben Maßstab bewerten. Formulieren Sie Kosten und Risiko positiv (10 = geringe Kosten). Ein Muss-Kriterium schließt jedes Projekt aus, dessen Bewertung unter seiner Schwelle liegt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>what a score of 0 means</source>
        <translation>was eine Bewertung von 0 bedeutet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what a score of 5 means</source>
        <translation>was eine Bewertung von 5 bedeutet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what a score of 10 means</source>
        <translation>was eine Bewertung von 10 bedeutet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must-criterion (K.O.)</source>
        <translation>Muss-Kriterium (K.-o.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A project scoring below this on the criterion is excluded</source>
        <translation>Ein Projekt, das bei diesem Kriterium unter diesem Wert bewertet wird, wird ausgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a project scoring lower is excluded</source>
        <translation>niedriger bewertete Projekte werden ausgeschlossen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 =</source>
        <translation>0 =</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 =</source>
        <translation>5 =</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 =</source>
        <translation>10 =</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The catalogue is empty. Start from the demo strategy’s ten criteria (with their anchors and the must-criterion on data protection) and adapt them, or build your own.</source>
        <translation>Der Katalog ist leer. Beginnen Sie mit den zehn Kriterien der Demo-Strategie (samt Beschreibungen für 0, 5 und 10 und dem Muss-Kriterium zum Datenschutz) und passen Sie sie an, oder stellen Sie einen eigenen Katalog zusammen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start from the demo catalogue</source>
        <translation>Mit dem Demo-Katalog beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a criterion</source>
        <translation>Ein Kriterium hinzufügen</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demo catalogue</source>
        <translation>Demo-Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo catalogue could not be read: %1</source>
        <translation>Der Demo-Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Delete %n criterion/criteria</source>
        <translation>
            <numerusform>%n Kriterium löschen</numerusform>
            <numerusform>%n Kriterien löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is used in these weightings:
%2

Its judgements and scores there are deleted with it. You can undo this.</source>
        <translation>„%1“ wird in diesen Gewichtungen verwendet:
%2

Die dortigen Einschätzungen und Bewertungen werden mitgelöscht. Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selected criteria are used in these weightings:
%2

Their judgements and scores there are deleted with them. You can undo this.</source>
        <translation>Die ausgewählten Kriterien werden in diesen Gewichtungen verwendet:
%2

Die dortigen Einschätzungen und Bewertungen werden mitgelöscht. Das lässt sich rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>CriteriaSection</name>
    <message>
        <location filename="../../smartcity_desktop/ui/draft_criteria.py" line="+41"/>
        <source>Agreed weights from weighting</source>
        <translation>Vereinbarte Gewichte aus der Gewichtung</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>How projects are chosen: the criteria of the catalogue and, once a weighting has been agreed, their weights. The criteria themselves are edited under Criteria in the navigator.</source>
        <translation>Wie Projekte ausgewählt werden: die Kriterien des Katalogs und, sobald eine Gewichtung vereinbart ist, ihre Gewichte. Die Kriterien selbst bearbeiten Sie im Navigator unter Kriterien.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No weights agreed yet: the draft lists the criteria without weights.</source>
        <translation>Noch keine Gewichte vereinbart: Der Entwurf führt die Kriterien ohne Gewichte auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The weights are those the weighting arrived at; K.O. criteria exclude.</source>
        <translation>Die Gewichte sind das Ergebnis der Gewichtung; K.-o.-Kriterien schließen Projekte aus.</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location filename="../../smartcity_desktop/ui/minutes_lists.py" line="-64"/>
        <source>Type a decision and press Enter</source>
        <translation>Beschluss eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../smartcity_desktop/ui/dialogs.py" line="+12"/>
        <source>Survey exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Umfrage-Exporte (*.csv *.txt *.tsv *.xlsx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>DraftCompare</name>
    <message>
        <location filename="../../smartcity_desktop/ui/draft_compare.py" line="-268"/>
        <source>Field of action “%1”</source>
        <translation>Handlungsfeld „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vision</source>
        <translation>Leitbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategic goals</source>
        <translation>Strategische Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields of action</source>
        <translation>Handlungsfelder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria for selecting projects</source>
        <translation>Kriterien für die Projektauswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations and next steps</source>
        <translation>Handlungsempfehlungen und nächste Schritte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The version “%1” cannot be read: its content is damaged or was saved by a newer version of Smart City Werkstatt. The other versions and the current draft are not affected.</source>
        <translation>Die Version „%1“ kann nicht gelesen werden: Ihr Inhalt ist beschädigt oder wurde mit einer neueren Version von Smart City Werkstatt gespeichert. Die anderen Versionen und der aktuelle Entwurf sind nicht betroffen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>DraftModels</name>
    <message>
        <location filename="../../smartcity_desktop/ui/draft_models.py" line="+41"/>
        <source>Vision (Leitbild)</source>
        <translation>Leitbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategic goals</source>
        <translation>Strategische Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields of action</source>
        <translation>Handlungsfelder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations &amp; next steps</source>
        <translation>Handlungsempfehlungen &amp; nächste Schritte</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>introduction only</source>
        <translation>nur Einleitung</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no weights yet</source>
        <translation>noch keine Gewichte</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Strategic goal</source>
        <translation>Strategisches Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISEK reference</source>
        <translation>ISEK-Bezug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A strategic goal needs a title. To remove it, use Delete.</source>
        <translation>Ein strategisches Ziel braucht einen Titel. Um es zu entfernen, verwenden Sie „Löschen“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+38"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Goal of the field of action</source>
        <translation>Ziel des Handlungsfelds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves strategic goal</source>
        <translation>Dient dem strategischen Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goal needs a text. To remove it, use Delete.</source>
        <translation>Ein Ziel braucht einen Text. Um es zu entfernen, verwenden Sie „Löschen“.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Role or body</source>
        <translation>Rolle oder Gremium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A role or body needs a name. To remove it, use Delete.</source>
        <translation>Eine Rolle oder ein Gremium braucht einen Namen. Um den Eintrag zu entfernen, verwenden Sie „Löschen“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A next step needs to say what is to be done.</source>
        <translation>Bei einem nächsten Schritt muss stehen, was zu tun ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(the whole strategy)</source>
        <translation>(gesamte Strategie)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A date such as 2026-12-31 or 31.12.2026; empty for open-ended</source>
        <translation>Ein Datum, z. B. 2026-12-31 oder 31.12.2026; leer lassen, wenn es keine Frist gibt</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/ui/draft_score_models.py" line="+28"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <location line="+69"/>
        <source>K.O.</source>
        <translation>K.-o.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>K.O.: at least %1</source>
        <translation>K.-o.: mindestens %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility</source>
        <translation>Nutzwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Below the threshold of a K.O. criterion</source>
        <translation>Unter der Schwelle eines K.-o.-Kriteriums</translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <location filename="../../smartcity_desktop/ui/draft_page.py" line="+132"/>
        <source>Strategy draft</source>
        <translation>Strategieentwurf</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Save version…</source>
        <translation>Version speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the draft as it is now under a name, e.g. “Draft 2 after workshop 2”</source>
        <translation>Den Entwurf im jetzigen Stand unter einem Namen festhalten, z. B. „Entwurf 2 nach Workshop 2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Versions…</source>
        <translation>Versionen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List, compare and restore saved versions</source>
        <translation>Gespeicherte Versionen auflisten, vergleichen und wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where it all came from</source>
        <translation>Herkunft im Überblick</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For every field of action: ideas, sources, dots and projects</source>
        <translation>Für jedes Handlungsfeld: Ideen, Quellen, Punkte und Projekte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the strategy draft as PDF or Word</source>
        <translation>Den Strategieentwurf als PDF oder Word exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the strategy draft as PDF</source>
        <translation>Den Strategieentwurf als PDF exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the strategy draft as a Word document, to edit it further</source>
        <translation>Den Strategieentwurf als Word-Dokument exportieren, um ihn weiterzubearbeiten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where it came from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>DraftRows</name>
    <message>
        <location filename="../../smartcity_desktop/ui/draft_rows.py" line="+45"/>
        <source>This line was removed meanwhile; nothing was changed.</source>
        <translation>Diese Zeile wurde inzwischen entfernt; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This line needs a text; nothing was changed.</source>
        <translation>Diese Zeile braucht einen Text; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a date. Please write it as 31.12.2027.</source>
        <translation>„%1“ ist kein Datum. Bitte so schreiben: 31.12.2027.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a date. Please write it as 31.12.2027.</source>
        <translation>Das ist kein Datum. Bitte so schreiben: 31.12.2027.</translation>
    </message>
</context>
<context>
    <name>DraftSections</name>
    <message>
        <location line="+64"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/ui/draft_sections.py" line="+72"/>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An introduction to this section (optional).</source>
        <translation>Eine Einleitung zu diesem Abschnitt (optional).</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>What is to be done? Type it and press Enter</source>
        <translation>Was ist zu tun? Eingeben, dann Eingabetaste</translation>
    </message>
</context>
<context>
    <name>DraftVersions</name>
    <message>
        <location filename="../../smartcity_desktop/ui/draft_versions.py" line="+64"/>
        <source>Draft %1</source>
        <translation>Entwurf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft %1 after %2</source>
        <translation>Entwurf %1 nach %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the version (the current draft is kept under this name):</source>
        <translation>Name der Version (der aktuelle Entwurf wird unter diesem Namen festgehalten):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A version needs a name.</source>
        <translation>Eine Version braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A version needs a name. Nothing was saved.</source>
        <translation>Eine Version braucht einen Namen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>Export version</source>
        <translation>Version exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An export is still running. Please wait until it is done.</source>
        <translation>Ein Export läuft noch. Bitte warten Sie, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“%1” exists already. Replace it?</source>
        <translation>„%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../smartcity_desktop/ui/export_runner.py" line="+31"/>
        <source>The disk is full. Free some space and export again.</source>
        <translation>Der Datenträger ist voll. Geben Sie etwas Speicherplatz frei und exportieren Sie erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no permission to write in this folder. Choose another one.</source>
        <translation>In diesem Ordner fehlt die Berechtigung zum Schreiben. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder does not exist (any more).</source>
        <translation>Den Ordner gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../smartcity_desktop/ui/export_dialogs.py" line="+165"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pseudonymise all names</source>
        <translation>Alle Namen pseudonymisieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The project pseudonymises all names (the switch is on the minutes page), so this export does too.</source>
        <translation>Das Projekt pseudonymisiert alle Namen (der Schalter steht auf der Protokollseite), daher auch dieser Export.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Participants who did not agree to be named are never named, whatever is chosen here.</source>
        <translation>Teilnehmende, die der Namensnennung nicht zugestimmt haben, werden nie namentlich genannt – unabhängig von dieser Einstellung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose a file name.</source>
        <translation>Bitte einen Dateinamen angeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Den Ordner „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a folder.</source>
        <translation>„%1“ ist ein Ordner.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../../smartcity_desktop/ui/export_runner.py" line="+68"/>
        <source>Writing the file…</source>
        <translation>Die Datei wird geschrieben…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The export was cancelled. Nothing was written.</source>
        <translation>Der Export wurde abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Any existing file of that name was left unchanged.</source>
        <translation>Eine vorhandene Datei dieses Namens bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The export was saved to:
%1</source>
        <translation>Der Export wurde gespeichert unter:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <location filename="../../smartcity_desktop/ui/fields_page.py" line="+42"/>
        <source>Fields of action</source>
        <translation>Handlungsfelder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields of action grow from the clusters of the workshops’ boards (select a cluster on a board ▸ Promote). Each stays linked to its clusters, their cards and where those came from.</source>
        <translation>Handlungsfelder entstehen aus den Clustern der Workshop-Pinnwände (Cluster auf einer Pinnwand auswählen ▸ Zum Handlungsfeld). Jedes bleibt mit seinen Clustern verbunden, mit deren Karten und mit deren Herkunft.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+126"/>
        <source>Delete field of action</source>
        <translation>Handlungsfeld löschen</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Where it came from…</source>
        <translation>Herkunft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clusters, idea cards, their sources and dots, and the projects of this field</source>
        <translation>Cluster, Ideenkarten, ihre Quellen und Punkte sowie die Projekte dieses Handlungsfelds</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grown from</source>
        <translation>Entstanden aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects in this field</source>
        <translation>Projekte in diesem Handlungsfeld</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No fields of action yet.</source>
        <translation>Noch keine Handlungsfelder.</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%1 ▸ %2 ▸ cluster “%3” (%n card(s))</source>
        <translation>
            <numerusform>%1 ▸ %2 ▸ Cluster „%3“ (%n Karte)</numerusform>
            <numerusform>%1 ▸ %2 ▸ Cluster „%3“ (%n Karten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Delete the field of action “%1”?</source>
        <translation>Das Handlungsfeld „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Its %n goal(s) in the strategy draft will be deleted.</source>
        <translation>
            <numerusform>Sein %n Ziel im Strategieentwurf wird gelöscht.</numerusform>
            <numerusform>Seine %n Ziele im Strategieentwurf werden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n project(s) will no longer belong to a field of action.</source>
        <translation>
            <numerusform>%n Projekt gehört dann zu keinem Handlungsfeld mehr.</numerusform>
            <numerusform>%n Projekte gehören dann zu keinem Handlungsfeld mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n next step(s) of the draft will no longer name a field of action.</source>
        <translation>
            <numerusform>%n nächster Schritt des Entwurfs nennt dann kein Handlungsfeld mehr.</numerusform>
            <numerusform>%n nächste Schritte des Entwurfs nennen dann kein Handlungsfeld mehr.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its clusters and cards stay on their boards.</source>
        <translation>Seine Cluster und Karten bleiben auf ihren Pinnwänden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this: undo brings all of it back.</source>
        <translation>Sie können das rückgängig machen: Rückgängig stellt alles wieder her.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>FieldsSection</name>
    <message>
        <location filename="../../smartcity_desktop/ui/draft_fields.py" line="+53"/>
        <source>No fields of action yet. They grow from the clusters of the workshops&apos; boards (select a cluster on a board ▸ Promote).</source>
        <translation>Noch keine Handlungsfelder. Sie entstehen aus den Clustern der Workshop-Pinnwände (Cluster auf einer Pinnwand auswählen ▸ Zum Handlungsfeld).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The fields of action as the boards made them, in their order there. Describe each, set its goals and see its projects and where it came from.</source>
        <translation>Die Handlungsfelder, wie sie auf den Pinnwänden entstanden sind, in der dortigen Reihenfolge. Beschreiben Sie jedes, legen Sie seine Ziele fest und sehen Sie seine Projekte und seine Herkunft.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What this field of action is about.</source>
        <translation>Worum es in diesem Handlungsfeld geht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where it came from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clusters, cards, sources and votes this field of action grew from</source>
        <translation>Die Cluster, Karten, Quellen und Punkte, aus denen dieses Handlungsfeld entstanden ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a goal of this field of action and press Enter</source>
        <translation>Ziel dieses Handlungsfelds eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Where the project came from</source>
        <translation>Herkunft des Projekts</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals of this field of action</source>
        <translation>Ziele dieses Handlungsfelds</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Projects (read-only)</source>
        <translation>Projekte (nur Anzeige)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No projects in this field of action yet.</source>
        <translation>Noch keine Projekte in diesem Handlungsfeld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utility and rank in the agreed weighting.</source>
        <translation>Nutzwert und Rang in der vereinbarten Gewichtung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utility and rank appear once a weighting is agreed (section Criteria).</source>
        <translation>Nutzwert und Rang erscheinen, sobald eine Gewichtung vereinbart ist (Abschnitt Kriterien).</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <location filename="../../smartcity_desktop/ui/draft_sections.py" line="-132"/>
        <source>Type a strategic goal and press Enter</source>
        <translation>Strategisches Ziel eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What this goal means (optional).</source>
        <translation>Was dieses Ziel bedeutet (optional).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What the strategy wants to reach. A goal may cite the goal of the city&apos;s integrated development concept (ISEK) it serves.</source>
        <translation>Was die Strategie erreichen will. Ein Ziel kann auf das Ziel des integrierten Stadtentwicklungskonzepts (ISEK) verweisen, dem es dient.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Text of the selected goal</source>
        <translation>Text des ausgewählten Ziels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text of “%1”</source>
        <translation>Text zu „%1“</translation>
    </message>
</context>
<context>
    <name>GovernanceSection</name>
    <message>
        <location line="+28"/>
        <source>Type a role or body (e.g. Chief Digital Officer) and press Enter</source>
        <translation>Rolle oder Gremium eingeben (z. B. Chief Digital Officer), dann Eingabetaste</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who steers the strategy: roles and bodies such as the Chief Digital Officer, the Smart City unit, a steering board or a citizens&apos; forum.</source>
        <translation>Wer die Strategie steuert: Rollen und Gremien wie der Chief Digital Officer, die Smart-City-Stabsstelle, ein Lenkungskreis oder ein Bürgerforum.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../smartcity_desktop/ui/import_dialog.py" line="+82"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” does not exist (any more).</source>
        <translation>„%1“ gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” cannot be read (no permission, or not a file).</source>
        <translation>„%1“ kann nicht gelesen werden (keine Berechtigung oder keine Datei).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” holds no data: nothing to import.</source>
        <translation>„%1“ enthält keine Daten: nichts zu importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a table: neither a CSV text file nor an Excel workbook (.xlsx).</source>
        <translation>„%1“ ist keine Tabelle: weder eine CSV-Textdatei noch eine Excel-Arbeitsmappe (.xlsx).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is an old Excel workbook (.xls) or a protected one. Save it as .xlsx or CSV in Excel or LibreOffice and import that.</source>
        <translation>„%1“ ist eine alte (.xls) oder geschützte Excel-Arbeitsmappe. Bitte in Excel oder LibreOffice als .xlsx oder CSV speichern und diese Datei importieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” looks like an Excel workbook but cannot be read.</source>
        <translation>„%1“ sieht wie eine Excel-Arbeitsmappe aus, kann aber nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” has no such column.</source>
        <translation>„%1“ hat keine solche Spalte.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import ideas from “%1”</source>
        <translation>Ideen aus „%1“ importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV text, encoding %1</source>
        <translation>CSV-Text, Kodierung %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>separated by %1</source>
        <translation>getrennt durch %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Card text from column</source>
        <translation>Kartentext aus Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as tags</source>
        <translation>Als Schlagworte behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of the ideas</source>
        <translation>Herkunft der Ideen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import ideas</source>
        <translation>Ideen importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” has a header row but no data rows.</source>
        <translation>„%1“ hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to import: every row was empty or a duplicate.</source>
        <translation>Nichts zu importieren: Jede Zeile war leer oder eine Dublette.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import: %1</source>
        <translation>Import: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import cancelled: no card was added.</source>
        <translation>Import abgebrochen: Es wurde keine Karte hinzugefügt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Near-identical cards</source>
        <translation>Fast gleiche Karten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Each checked group becomes one card. It keeps the other cards&apos; texts and sources, so nothing is lost from the record.</source>
        <translation>Jede angehakte Gruppe wird zu einer Karte. Sie behält Texte und Quellen der anderen Karten, damit nichts aus der Dokumentation verloren geht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message numerus="yes">
        <location line="-378"/>
        <source>Adding %n card(s)…</source>
        <translation>
            <numerusform>%n Karte wird hinzugefügt…</numerusform>
            <numerusform>%n Karten werden hinzugefügt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n Dublette übersprungen</numerusform>
            <numerusform>%n Dubletten übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Import %n card(s) from “%1”</source>
        <translation>
            <numerusform>%n Karte aus „%1“ importieren</numerusform>
            <numerusform>%n Karten aus „%1“ importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n empty row(s) skipped</source>
        <translation>
            <numerusform>%n leere Zeile übersprungen</numerusform>
            <numerusform>%n leere Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n card(s) added</source>
        <translation>
            <numerusform>%n Karte hinzugefügt</numerusform>
            <numerusform>%n Karten hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new card(s)</source>
        <translation>
            <numerusform>%n neue Karte</numerusform>
            <numerusform>%n neue Karten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../smartcity_desktop/ui/main_window.py" line="+96"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;Stand beim Öffnen&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resume on projector</source>
        <translation>Auf dem Beamer fortsetzen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;heck file</source>
        <translation>Datei &amp;prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;minutes…</source>
        <translation>P&amp;rotokoll exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export s&amp;trategy draft as PDF…</source>
        <translation>S&amp;trategieentwurf als PDF exportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export strategy draft as &amp;Word…</source>
        <translation>Strategieentwurf als &amp;Word exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;data…</source>
        <translation>D&amp;aten exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+222"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-219"/>
        <location line="+224"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Undo &amp;history</source>
        <translation>Änderungs&amp;verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rename workshop…</source>
        <translation>Workshop &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete workshop…</source>
        <translation>Workshop &amp;löschen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;board…</source>
        <translation>Neue &amp;Pinnwand…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rena&amp;me board…</source>
        <translation>Pinnwand u&amp;mbenennen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete b&amp;oard…</source>
        <translation>Pinnwand lö&amp;schen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Presenter</source>
        <translation>&amp;Präsentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>Ü&amp;ber Smart City Werkstatt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Present on the projector</source>
        <translation>Auf dem Beamer &amp;präsentieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present on the projector (F5)</source>
        <translation>Auf dem Beamer präsentieren (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop presenting</source>
        <translation>Präsentation &amp;beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resume on projector</source>
        <translation>Auf dem Beamer &amp;fortsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sho&amp;w on the projector</source>
        <translation>Auf dem Beamer &amp;zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What I have &amp;open (board, round, weighting)</source>
        <translation>Was ich &amp;geöffnet habe (Pinnwand, Punktabfrage, Gewichtung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title page</source>
        <translation>&amp;Titelseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;imer</source>
        <translation>T&amp;imer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Black screen</source>
        <translation>&amp;Schwarzbild</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Black screen on/off</source>
        <translation>Schwarzbild ein/aus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Boards: &amp;follow my view</source>
        <translation>Pinnwände: meiner &amp;Ansicht folgen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On: the projector shows the part of the board I see; off: the whole board</source>
        <translation>Ein: Der Beamer zeigt den Ausschnitt der Pinnwand, den ich sehe; aus: die ganze Pinnwand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projector scree&amp;n</source>
        <translation>Beamer-Bild&amp;schirm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text si&amp;ze on the projector</source>
        <translation>Schrift&amp;größe auf dem Beamer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very large</source>
        <translation>Sehr groß</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Dark projector (light text on black)</source>
        <translation>&amp;Dunkles Beamerbild (helle Schrift auf Schwarz)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presenter</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Open a snapshot</source>
        <translation>Schnappschuss öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest snapshot of this project is from %1 (%2). Open it instead?</source>
        <translation>Der neueste Schnappschuss dieses Projekts ist vom %1 (%2). Stattdessen diesen öffnen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open snapshot</source>
        <translation>Schnappschuss öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Converted from an older version; the original is kept as %1</source>
        <translation>Aus einer älteren Version umgewandelt; das Original bleibt als %1 erhalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title of the strategy</source>
        <translation>Titel der Strategie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smart City Strategy</source>
        <translation>Smart-City-Strategie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo project</source>
        <translation>Demoprojekt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Read-only: changes cannot be saved</source>
        <translation>Schreibgeschützt: Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes are saved automatically</source>
        <translation>Alle Änderungen werden automatisch gespeichert</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save a copy as</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy saved as %1</source>
        <translation>Kopie gespeichert als %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder groups</source>
        <translation>Anspruchsgruppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations to workshops</source>
        <translation>Einladungen zu Workshops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda items</source>
        <translation>Tagesordnungspunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boards</source>
        <translation>Pinnwände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea cards</source>
        <translation>Ideenkarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields of action</source>
        <translation>Handlungsfelder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is in order.</source>
        <translation>Die Datei ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check found problems:</source>
        <translation>Die Prüfung hat Probleme gefunden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check file</source>
        <translation>Datei prüfen</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+118"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshops and expert talks (Fachgespräche) of the strategy process. Add one with Workshop ▸ New workshop.</source>
        <translation>Die Workshops und Fachgespräche des Strategieprozesses. Einen neuen legen Sie mit Workshop ▸ Neuer Workshop an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Boards hold the ideas and statements of a workshop — from the survey, interviews and the room — to be clustered into fields of action.</source>
        <translation>Pinnwände sammeln die Ideen und Aussagen eines Workshops – aus der Befragung, aus Interviews und aus der Runde vor Ort –, um sie zu Handlungsfeldern zu clustern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dot-voting rounds (Punktabfrage) of this workshop appear here: participants set priorities among clusters or cards.</source>
        <translation>Hier erscheinen die Punktabfragen dieses Workshops: Die Teilnehmenden setzen Prioritäten zwischen Clustern oder Karten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Workshop %1</source>
        <translation>Workshop %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <location line="+36"/>
        <location line="+14"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Rename workshop</source>
        <translation>Workshop umbenennen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete workshop</source>
        <translation>Workshop löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “%1” with its attendance list, agenda and boards? You can undo this.</source>
        <translation>„%1“ mit Anwesenheitsliste, Tagesordnung und Pinnwänden löschen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Board %1</source>
        <translation>Pinnwand %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New board</source>
        <translation>Neue Pinnwand</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename board</source>
        <translation>Pinnwand umbenennen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete board</source>
        <translation>Pinnwand löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the board “%1” with its cards and clusters? You can undo this.</source>
        <translation>Die Pinnwand „%1“ mit ihren Karten und Clustern löschen? Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>All changes saved · %1</source>
        <translation>Alle Änderungen gespeichert · %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last change NOT saved</source>
        <translation>Letzte Änderung NICHT gespeichert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language changes the next time Smart City Werkstatt starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Smart City Werkstatt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About</source>
        <translation>Über Smart City Werkstatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshops of a Smart City strategy, offline, in one file the city owns.</source>
        <translation>Die Workshops einer Smart-City-Strategie – offline, in einer Datei, die der Stadt gehört.</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_matrix.py" line="+261"/>
        <source>Each cell: the points of the row&apos;s criterion against the column&apos;s (2 more important, 1 equal, 0 less). Bold: the row&apos;s criterion wins. Click a cell to change that pair.</source>
        <translation>Jede Zelle: die Punkte des Zeilenkriteriums gegenüber dem Spaltenkriterium (2 wichtiger, 1 gleich wichtig, 0 weniger wichtig). Fett: Das Zeilenkriterium gewinnt. Eine Zelle anklicken, um dieses Paar zu ändern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each cell: how much more important the row&apos;s criterion is than the column&apos;s (3 = moderately, 1/3 = the other way round). Bold: the row&apos;s criterion wins. Click a cell to change that pair.</source>
        <translation>Jede Zelle: wie viel wichtiger das Zeilenkriterium ist als das Spaltenkriterium (3 = mäßig, 1/3 = umgekehrt). Fett: Das Zeilenkriterium gewinnt. Eine Zelle anklicken, um dieses Paar zu ändern.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../smartcity_desktop/ui/messages.py" line="+13"/>
        <source>“{name}” does not exist (any more).</source>
        <translation>„{name}“ existiert nicht (mehr).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is a folder, not a Smart City Werkstatt file.</source>
        <translation>„{name}“ ist ein Ordner, keine Datei von Smart City Werkstatt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is not a Smart City Werkstatt file. It was not changed.</source>
        <translation>„{name}“ ist keine Datei von Smart City Werkstatt. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is damaged and cannot be opened. It was not changed. Snapshots of the project are kept in the folder beside it.</source>
        <translation>„{name}“ ist beschädigt und kann nicht geöffnet werden. Die Datei wurde nicht verändert. Sicherungsstände (Snapshots) des Projekts liegen im selben Ordner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” was made with a newer version of Smart City Werkstatt. Please update the app to open it. The file was not changed.</source>
        <translation>„{name}“ wurde mit einer neueren Version von Smart City Werkstatt erstellt. Bitte aktualisieren Sie die App, um die Datei zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is already open in another window or program. Close it there first, or open a copy.</source>
        <translation>„{name}“ ist bereits in einem anderen Fenster oder Programm geöffnet. Schließen Sie die Datei dort zuerst oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” exists already. Nothing was overwritten.</source>
        <translation>„{name}“ existiert bereits. Es wurde nichts überschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is read-only. You can look at it and save a copy, but not change it.</source>
        <translation>„{name}“ ist schreibgeschützt. Sie können die Datei ansehen und eine Kopie speichern, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full. Your last change was not saved; everything before it is safe. Free some space and try again.</source>
        <translation>Der Datenträger ist voll. Ihre letzte Änderung wurde nicht gespeichert; alles davor ist sicher. Geben Sie etwas Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” could not be written. Your last change was not saved; everything before it is safe.</source>
        <translation>„{name}“ konnte nicht geschrieben werden. Ihre letzte Änderung wurde nicht gespeichert; alles davor ist sicher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change was not accepted: a value is not allowed here.</source>
        <translation>Die Änderung wurde nicht übernommen: Dieser Wert ist hier nicht zulässig.</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <location filename="../../smartcity_desktop/ui/minutes_models.py" line="+38"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” is not a date. Type it as 2026-12-31 or 31.12.2026, or leave it empty.</source>
        <translation>„%1“ ist kein Datum. Geben Sie es als 2026-12-31 oder 31.12.2026 ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A decision needs a text. To remove it, use Delete.</source>
        <translation>Ein Beschluss braucht einen Text. Zum Entfernen verwenden Sie „Löschen“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A date such as 2026-12-31 or 31.12.2026; empty for open-ended</source>
        <translation>Ein Datum, z. B. 2026-12-31 oder 31.12.2026; leer lassen, wenn es keine Frist gibt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An action item needs to say what is to be done.</source>
        <translation>Eine Aufgabe muss angeben, was zu tun ist.</translation>
    </message>
</context>
<context>
    <name>MinutesLists</name>
    <message>
        <location filename="../../smartcity_desktop/ui/minutes_lists.py" line="-103"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <location filename="../../smartcity_desktop/ui/minutes_page.py" line="+29"/>
        <source>Export minutes (PDF)…</source>
        <translation>Protokoll exportieren (PDF)…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Minutes taken by</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add agenda item…</source>
        <translation>Tagesordnungspunkt hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete agenda item</source>
        <translation>Tagesordnungspunkt löschen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Free remarks for the minutes</source>
        <translation>Freie Anmerkungen zum Protokoll</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Minutes: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 present, %2 excused</source>
        <translation>%1 anwesend, %2 entschuldigt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decisions (%1)</source>
        <translation>Beschlüsse (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items (%1)</source>
        <translation>Aufgaben (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos (%1)</source>
        <translation>Fotos (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance (%1)</source>
        <translation>Anwesenheit (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Notes (select an agenda item)</source>
        <translation>Notizen (einen Tagesordnungspunkt auswählen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes on “%1”</source>
        <translation>Notizen zu „%1“</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add agenda item</source>
        <translation>Tagesordnungspunkt hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>MinutesSettingsPanel</name>
    <message>
        <location filename="../../smartcity_desktop/ui/minutes_settings.py" line="+29"/>
        <source>Minutes of all workshops</source>
        <translation>Protokolle aller Workshops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pseudonymise all names in the minutes</source>
        <translation>Alle Namen im Protokoll pseudonymisieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participants who did not agree to be named always appear as “Participant (stakeholder group)”.</source>
        <translation>Teilnehmende, die der Namensnennung nicht zugestimmt haben, erscheinen immer als „Teilnehmer:in (Anspruchsgruppe)“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose logo…</source>
        <translation>Logo auswählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Logo on the cover</source>
        <translation>Logo auf dem Deckblatt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(no logo)</source>
        <translation>(kein Logo)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>Choose logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is larger than 5 MB; a logo needs far less.</source>
        <translation>„%1“ ist größer als 5&#xa0;MB; ein Logo braucht weit weniger.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a picture (PNG or JPEG are).</source>
        <translation>„%1“ ist kein Bild (geeignet sind PNG oder JPEG).</translation>
    </message>
</context>
<context>
    <name>MinutesTexts</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/document/minutes_ops.py" line="-306"/>
        <source>Add %n photo(s)</source>
        <translation>
            <numerusform>%n Foto hinzufügen</numerusform>
            <numerusform>%n Fotos hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../smartcity_desktop/ui/models.py" line="+29"/>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>excused</source>
        <translation>entschuldigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Survey</source>
        <translation>Befragung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best practice</source>
        <translation>Best Practice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own</source>
        <translation>Eigene Idee</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+207"/>
        <source>Stakeholder group</source>
        <translation>Anspruchsgruppe</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>May be named</source>
        <translation>Namentlich nennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Only participants who agreed are named in the minutes.</source>
        <translation>Im Protokoll werden nur Teilnehmende namentlich genannt, die zugestimmt haben.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Change attendance</source>
        <translation>Anwesenheit ändern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Agenda item</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Autor:in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../smartcity_desktop/ui/navigator.py" line="+37"/>
        <source>Boards</source>
        <translation>Pinnwände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votings</source>
        <translation>Punktabfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weightings</source>
        <translation>Gewichtungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fields of action (%1)</source>
        <translation>Handlungsfelder (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Criteria (%1)</source>
        <translation>Kriterien (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Projects (%1)</source>
        <translation>Projekte (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Strategy draft</source>
        <translation>Strategieentwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The strategy as a document: vision, goals, fields of action, …</source>
        <translation>Die Strategie als Dokument: Leitbild, Ziele, Handlungsfelder, …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none yet — add one with Workshop ▸ New workshop)</source>
        <translation>(noch keine – anlegen mit Workshop ▸ Neuer Workshop)</translation>
    </message>
</context>
<context>
    <name>NextStepsPanel</name>
    <message>
        <location filename="../../smartcity_desktop/ui/draft_sections.py" line="+49"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due (31.12.2026)</source>
        <translation>Bis (31.12.2026)</translation>
    </message>
</context>
<context>
    <name>NextStepsSection</name>
    <message>
        <location line="-35"/>
        <source>The action plan: what is to be done next, by whom and by when, and for which field of action.</source>
        <translation>Der Aktionsplan: was als Nächstes zu tun ist, von wem und bis wann, und für welches Handlungsfeld.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../smartcity_desktop/ui/board_view.py" line="+125"/>
        <source>Overview: click to move there</source>
        <translation>Übersicht: klicken, um dorthin zu springen</translation>
    </message>
</context>
<context>
    <name>PairDelegate</name>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_pair_delegate.py" line="+260"/>
        <source>◀ more important</source>
        <translation>◀ wichtiger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equal</source>
        <translation>gleich wichtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more important ▶</source>
        <translation>wichtiger ▶</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ revisit</source>
        <translation>⚠ nochmals prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ circular</source>
        <translation>⚠ zirkulär</translation>
    </message>
</context>
<context>
    <name>PairsEntry</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/weighting_pairs.py" line="+359"/>
        <source>%1 of %n pair(s) answered</source>
        <translation>
            <numerusform>%1 von %n Paar beantwortet</numerusform>
            <numerusform>%1 von %n Paaren beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys: 1–9 = how much more important the left one is · Shift+digit (or − then a digit) = the right one · − flips · ←/→ step along the scale · Del clears · ↑/↓ or Enter = next pair</source>
        <translation>Tasten: 1–9 = wie viel wichtiger das linke ist · Umschalt+Ziffer (oder − und dann eine Ziffer) = das rechte · − kehrt um · ←/→ gehen auf der Skala weiter · Entf löscht · ↑/↓ oder Eingabetaste = nächstes Paar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys: ← the left one is more important · = or Space: equal · → the right one · Del clears · ↑/↓ or Enter = next pair</source>
        <translation>Tasten: ← das linke ist wichtiger · = oder Leertaste: gleich wichtig · → das rechte · Entf löscht · ↑/↓ oder Eingabetaste = nächstes Paar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The next digit counts for the right-hand criterion.</source>
        <translation>Die nächste Ziffer gilt für das rechte Kriterium.</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../smartcity_desktop/ui/palette.py" line="+21"/>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange (circle)</source>
        <translation>Orange (Kreis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sky blue (square)</source>
        <translation>Himmelblau (Quadrat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green (triangle)</source>
        <translation>Grün (Dreieck)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow (diamond)</source>
        <translation>Gelb (Raute)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue (cross)</source>
        <translation>Blau (Kreuz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vermillion (star)</source>
        <translation>Zinnoberrot (Stern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple (ring)</source>
        <translation>Purpur (Ring)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best practice</source>
        <translation>Best Practice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own idea</source>
        <translation>Eigene Idee</translation>
    </message>
</context>
<context>
    <name>PaperModel</name>
    <message>
        <location filename="../../smartcity_desktop/ui/voting_panels.py" line="-220"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green dots</source>
        <translation>Grüne Punkte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Red dots</source>
        <translation>Rote Punkte</translation>
    </message>
</context>
<context>
    <name>ParticipantsTable</name>
    <message>
        <location filename="../../smartcity_desktop/ui/participants_page.py" line="+61"/>
        <source>New participant…</source>
        <translation>Neue teilnehmende Person…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invite known participant</source>
        <translation>Bekannte Person einladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Remove from workshop</source>
        <translation>Aus dem Workshop entfernen</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Delete person…</source>
        <translation>Person löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this person and their data from the project</source>
        <translation>Diese Person und ihre Daten aus dem Projekt löschen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New participant</source>
        <translation>Neue teilnehmende Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Everyone is invited already</source>
        <translation>Alle sind bereits eingeladen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invite participant</source>
        <translation>Person einladen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” (finished)</source>
        <translation>„%1“ (abgeschlossen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting the person removes these entries and changes the results, finished ones too (Undo brings them back).</source>
        <translation>Das Löschen entfernt diese Einträge und ändert die Ergebnisse, auch abgeschlossene (Rückgängig stellt sie wieder her).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting the person removes these entries and changes the results (Undo brings them back).</source>
        <translation>Das Löschen entfernt diese Einträge und ändert die Ergebnisse (Rückgängig stellt sie wieder her).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 weighted or scored in %n weighting(s): %2.</source>
        <translation>
            <numerusform>%1 hat in %n Gewichtung gewichtet oder bewertet: %2.</numerusform>
            <numerusform>%1 hat in %n Gewichtungen gewichtet oder bewertet: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Erase “%1” from the whole project, including every workshop? This can be undone while the project is open.</source>
        <translation>„%1“ aus dem gesamten Projekt löschen, auch aus allen Workshops? Solange das Projekt geöffnet ist, lässt sich das rückgängig machen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../smartcity_desktop/ui/minutes_photos.py" line="+74"/>
        <source>Add photos…</source>
        <translation>Fotos hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate left</source>
        <translation>Nach links drehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate right</source>
        <translation>Nach rechts drehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption…</source>
        <translation>Bildunterschrift…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move earlier</source>
        <translation>Nach vorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move later</source>
        <translation>Nach hinten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Or drop picture files anywhere on this page (JPEG or PNG)</source>
        <translation>Oder Bilddateien an eine beliebige Stelle dieser Seite ziehen (JPEG oder PNG)</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+28"/>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Pictures (%1);;All files (*)</source>
        <translation>Bilder (%1);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n file(s) could not be added:</source>
        <translation>
            <numerusform>%n Datei konnte nicht hinzugefügt werden:</numerusform>
            <numerusform>%n Dateien konnten nicht hinzugefügt werden:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other pictures were added.</source>
        <translation>Die übrigen Bilder wurden hinzugefügt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a picture (JPEG, PNG and similar are)</source>
        <translation>die Datei ist kein Bild (geeignet sind JPEG, PNG und ähnliche Formate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is larger than 60 MB</source>
        <translation>die Datei ist größer als 60&#xa0;MB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a photo first.</source>
        <translation>Bitte zuerst ein Foto auswählen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caption of the photo</source>
        <translation>Bildunterschrift des Fotos</translation>
    </message>
</context>
<context>
    <name>PointsEntry</name>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_points.py" line="+213"/>
        <source>Type the points of each criterion; Enter moves on. The weights are the points divided by their total, so the total need not be exactly 100.</source>
        <translation>Punkte je Kriterium eingeben; Eingabetaste geht weiter. Die Gewichte sind die Punkte geteilt durch ihre Summe, die Summe muss also nicht genau 100 sein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 of 100 points allocated, %2 left</source>
        <translation>%1 von 100 Punkten vergeben, %2 übrig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of 100 points allocated, %2 too many (the weights are normalised)</source>
        <translation>%1 von 100 Punkten vergeben, %2 zu viel (die Gewichte werden normiert)</translation>
    </message>
</context>
<context>
    <name>PresenterController</name>
    <message>
        <location filename="../../smartcity_desktop/ui/presenter.py" line="+279"/>
        <source>To show it on the projector, extend the display in System Settings ▸ Displays, then choose Presenter ▸ Projector screen.</source>
        <translation>Um sie auf dem Beamer zu zeigen, erweitern Sie die Anzeige unter Systemeinstellungen ▸ Displays und wählen Sie dann Präsentation ▸ Beamer-Bildschirm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To show it on the projector, extend the display (on Windows: Win+P ▸ Extend), then choose Presenter ▸ Projector screen.</source>
        <translation>Um sie auf dem Beamer zu zeigen, erweitern Sie die Anzeige (unter Windows: Win+P ▸ Erweitern) und wählen Sie dann Präsentation ▸ Beamer-Bildschirm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only one screen</source>
        <translation>Nur ein Bildschirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No second screen is connected, so the presentation opens as a window.</source>
        <translation>Es ist kein zweiter Bildschirm angeschlossen, daher öffnet sich die Präsentation als Fenster.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The projector was disconnected; the presentation is paused. Connect it again and choose Resume on projector.</source>
        <translation>Die Verbindung zum Beamer wurde getrennt; die Präsentation ist angehalten. Schließen Sie den Beamer wieder an und wählen Sie „Auf dem Beamer fortsetzen“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A screen was connected (%1): Resume on projector shows it there.</source>
        <translation>Ein Bildschirm wurde angeschlossen (%1): „Auf dem Beamer fortsetzen“ zeigt die Präsentation dort.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Presenting on %1 again.</source>
        <translation>Die Präsentation läuft wieder auf %1.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../smartcity_desktop/ui/presenter_window.py" line="+44"/>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
</context>
<context>
    <name>ProjectProperties</name>
    <message>
        <location filename="../../smartcity_desktop/ui/properties.py" line="+114"/>
        <source>Project file</source>
        <translation>Projektdatei</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n Workshop</numerusform>
            <numerusform>%n Workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened read-only</source>
        <translation>Schreibgeschützt geöffnet</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../smartcity_desktop/ui/projects_page.py" line="+69"/>
        <source>Search title, description, owner, origin</source>
        <translation>Titel, Beschreibung, Verantwortliche, Herkunft durchsuchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add project</source>
        <translation>Projekt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new project (Insert or Ctrl+N)</source>
        <translation>Ein neues Projekt (Einfg oder Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected projects (Del)</source>
        <translation>Die ausgewählten Projekte löschen (Entf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Digitalisation projects and measures of the strategy, each in a field of action. To create one from a board, right-click a card or cluster ▸ Create project from card / from cluster; it stays linked to where it came from.</source>
        <translation>Digitalisierungsprojekte und Maßnahmen der Strategie, jeweils in einem Handlungsfeld. Ein Projekt aus einer Pinnwand anlegen: Rechtsklick auf eine Karte oder einen Cluster ▸ Projekt aus Karte/Cluster anlegen; es bleibt mit seiner Herkunft verbunden.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>who is responsible</source>
        <translation>wer verantwortlich ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show on board</source>
        <translation>Auf der Pinnwand zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it came from…</source>
        <translation>Herkunft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cards and clusters this project grew from, their dots and its scores</source>
        <translation>Die Karten und Cluster, aus denen dieses Projekt entstanden ist, ihre Punkte und seine Bewertungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Origin:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rough cost</source>
        <translation>Kosten (grob)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Any field of action</source>
        <translation>Alle Handlungsfelder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No field of action</source>
        <translation>Ohne Handlungsfeld</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>entered here (not from a board)</source>
        <translation>hier eingegeben (nicht von einer Pinnwand)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sorted by a column: click the column header until the arrow is gone</source>
        <translation>Nach einer Spalte sortiert: den Spaltenkopf anklicken, bis der Pfeil verschwindet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Up</source>
        <translation>Alt+Pfeil nach oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Down</source>
        <translation>Alt+Pfeil nach unten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Board “%1” in “%2”</source>
        <translation>Pinnwand „%1“ in „%2“</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Delete %n project(s)</source>
        <translation>
            <numerusform>%n Projekt löschen</numerusform>
            <numerusform>%n Projekte löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is scored in these weightings:
%2

Its scores there are deleted with it. You can undo this.</source>
        <translation>„%1“ wird in diesen Gewichtungen bewertet:
%2

Die dortigen Bewertungen werden mitgelöscht. Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selected projects are scored in these weightings:
%2

Their scores there are deleted with them. You can undo this.</source>
        <translation>Die ausgewählten Projekte werden in diesen Gewichtungen bewertet:
%2

Die dortigen Bewertungen werden mitgelöscht. Das lässt sich rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>RankingEntry</name>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_ranking_entry.py" line="+312"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take this order as the ranking</source>
        <translation>Diese Reihenfolge als Rangfolge übernehmen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drag a criterion into place, or move the current one with Alt+↑ / Alt+↓. Tick “Same rank as above” for a tie. Rank 1 is the most important.</source>
        <translation>Ein Kriterium an seinen Platz ziehen oder das aktuelle mit Alt+↑ / Alt+↓ verschieben. Bei Gleichstand „Gleicher Rang wie darüber“ ankreuzen. Rang 1 ist am wichtigsten.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>rank-order centroid</source>
        <translation>Rangschwerpunkt (ROC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rank sum</source>
        <translation>Rangsumme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranked; weights by %1.</source>
        <translation>Rangfolge vollständig; Gewichte nach %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not ranked yet: put the criteria in order (weights by %1).</source>
        <translation>Noch keine Rangfolge: die Kriterien in eine Reihenfolge bringen (Gewichte nach %1).</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_ranking.py" line="+48"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility</source>
        <translation>Nutzwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
</context>
<context>
    <name>ResultBars</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/presenter_voting.py" line="+132"/>
        <source>… and %n more option(s)</source>
        <translation>
            <numerusform>… und %n weitere Option</numerusform>
            <numerusform>… und %n weitere Optionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../smartcity_desktop/ui/voting_panels.py" line="+305"/>
        <source>Show the dots by stakeholder group</source>
        <translation>Punkte nach Anspruchsgruppe zeigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1. (shared)</source>
        <translation>%1. (geteilt)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The results are hidden until you reveal them, so that nobody is swayed by earlier votes. Close the voting when everyone has voted, then reveal.</source>
        <translation>Das Ergebnis bleibt verdeckt, bis Sie es aufdecken, damit niemand von früheren Stimmen beeinflusst wird. Schließen Sie die Abstimmung, wenn alle abgestimmt haben, und decken Sie dann auf.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breadth</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Since the previous round</source>
        <translation>Seit der vorigen Runde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown group</source>
        <translation>unbekannte Gruppe</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1. (shared): %2</source>
        <translation>%1. (geteilt): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ties: every option has a rank of its own.</source>
        <translation>Kein Gleichstand: Jede Option hat ihren eigenen Rang.</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <location filename="../../smartcity_desktop/ui/rich_text_edit.py" line="+361"/>
        <source>Paragraph or heading</source>
        <translation>Absatz oder Überschrift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading 1</source>
        <translation>Überschrift 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading 2</source>
        <translation>Überschrift 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading 3</source>
        <translation>Überschrift 3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Fett (Strg+B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic (Ctrl+I)</source>
        <translation>Kursiv (Strg+I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bullet list (Ctrl+Shift+8)</source>
        <translation>Aufzählung (Strg+Umschalt+8)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered list (Ctrl+Shift+7)</source>
        <translation>Nummerierte Liste (Strg+Umschalt+7)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indent list item (Ctrl+])</source>
        <translation>Listenpunkt einrücken (Strg+])</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>←</source>
        <translation>←</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdent list item (Ctrl+[)</source>
        <translation>Listenpunkt ausrücken (Strg+[)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear formatting</source>
        <translation>Formatierung entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text: no bold, italic, heading or list (Ctrl+Space)</source>
        <translation>Nur Text: ohne Fett, Kursiv, Überschrift oder Liste (Strg+Leertaste)</translation>
    </message>
</context>
<context>
    <name>ScoresEntry</name>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_scores_view.py" line="+289"/>
        <source>Type a score from 0 to 10 (7,5 or 7.5). Space, Tab or → moves right, Enter moves down, Del clears, Ctrl+V pastes a block copied from a spreadsheet.</source>
        <translation>Bewertung von 0 bis 10 eingeben (7,5 oder 7.5). Leertaste, Tab oder → geht nach rechts, Eingabetaste nach unten, Entf löscht, Strg+V fügt einen aus einer Tabellenkalkulation kopierten Block ein.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All participants: the mean of each cell, with the range in brackets.</source>
        <translation>Alle Teilnehmenden: der Mittelwert jeder Zelle, in Klammern die Spannweite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scores of the group: %1 of %2 cells</source>
        <translation>Bewertet von der Gruppe: %1 von %2 Zellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scores of %1: %2 of %3 cells</source>
        <translation>Bewertet von %1: %2 von %3 Zellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is nothing to score: the weighting needs criteria and projects.</source>
        <translation>Es gibt nichts zu bewerten: Die Gewichtung braucht Kriterien und Projekte.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No anchors described for this criterion.</source>
        <translation>Für dieses Kriterium ist nicht beschrieben, was 0, 5 und 10 bedeuten.</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/weighting_scores.py" line="+256"/>
        <source>%n pasted value(s) fell outside the table and was/were left out.</source>
        <translation>
            <numerusform>%n eingefügter Wert lag außerhalb der Tabelle und wurde weggelassen.</numerusform>
            <numerusform>%n eingefügte Werte lagen außerhalb der Tabelle und wurden weggelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../smartcity_desktop/ui/board_panels.py" line="-240"/>
        <source>Search cards…</source>
        <translation>Karten durchsuchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All colours</source>
        <translation>Alle Farben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close the search (Esc)</source>
        <translation>Suche schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>SectionsModel</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/draft_models.py" line="-250"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Handlungsfeld</numerusform>
            <numerusform>%n Handlungsfelder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n criterion(s) weighted</source>
        <translation>
            <numerusform>%n Kriterium gewichtet</numerusform>
            <numerusform>%n Kriterien gewichtet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n criterion(s)</source>
        <translation>
            <numerusform>%n Kriterium</numerusform>
            <numerusform>%n Kriterien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>%n role(s) or bodies</source>
        <translation>
            <numerusform>%n Rolle oder Gremium</numerusform>
            <numerusform>%n Rollen oder Gremien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortlistDialog</name>
    <message>
        <location filename="../../smartcity_desktop/ui/voting_panels.py" line="+26"/>
        <source>Options for the second round</source>
        <translation>Optionen für die zweite Runde</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <location filename="../../smartcity_desktop/ui/strategy_page.py" line="+48"/>
        <source>The vision (Leitbild): where the city wants to go, and what digitalisation is for.</source>
        <translation>Das Leitbild: wohin sich die Stadt entwickeln will und wozu die Digitalisierung dient.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add group…</source>
        <translation>Gruppe hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Vision (Leitbild)</source>
        <translation>Leitbild</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Edit in the strategy draft…</source>
        <translation>Im Strategieentwurf bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vision is written, with its formatting, in the strategy draft</source>
        <translation>Das Leitbild schreiben Sie samt Formatierung im Strategieentwurf</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Stakeholder groups (Anspruchsgruppen)</source>
        <translation>Anspruchsgruppen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add stakeholder group</source>
        <translation>Anspruchsgruppe hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete stakeholder group</source>
        <translation>Anspruchsgruppe löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”? Participants in it keep their data but no group.</source>
        <translation>„%1“ löschen? Die Teilnehmenden dieser Gruppe behalten ihre Daten, gehören dann aber keiner Gruppe mehr an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <location filename="../../smartcity_desktop/ui/trace_models.py" line="+141"/>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea cards</source>
        <translation>Ideenkarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea cards from: %1</source>
        <translation>Ideenkarten aus: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green dots</source>
        <translation>Grüne Punkte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Red dots</source>
        <translation>Rote Punkte</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>TimerControl</name>
    <message>
        <location filename="../../smartcity_desktop/ui/presenter_timer.py" line="+300"/>
        <location line="+41"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Start a countdown</source>
        <translation>Einen Countdown starten</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other length…</source>
        <translation>Andere Dauer…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One more minute</source>
        <translation>Eine Minute mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Minutes:</source>
        <translation>Minuten:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>TimerTexts</name>
    <message>
        <location line="-166"/>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>TraceDialog</name>
    <message>
        <location filename="../../smartcity_desktop/ui/trace_view.py" line="+365"/>
        <source>Where it came from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole strategy</source>
        <translation>Gesamte Strategie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summary table of all fields of action</source>
        <translation>Die Übersichtstabelle aller Handlungsfelder</translation>
    </message>
</context>
<context>
    <name>TraceTexts</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/trace_models.py" line="-118"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n Idee</numerusform>
            <numerusform>%n Ideen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no idea cards</source>
        <translation>keine Ideenkarten</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>from %n source(s)</source>
        <translation>
            <numerusform>aus %n Quelle</numerusform>
            <numerusform>aus %n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 green and %n red dot(s)</source>
        <translation>
            <numerusform>%1 grüne und %n roter Punkt</numerusform>
            <numerusform>%1 grüne und %n rote Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n green dot(s)</source>
        <translation>
            <numerusform>%n grüner Punkt</numerusform>
            <numerusform>%n grüne Punkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2, %3, %4</source>
        <translation>%1 %2, %3, %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1; merged: %2</source>
        <translation>%1; zusammengeführt: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>excluded by K.O. criterion</source>
        <translation>durch K.-o.-Kriterium ausgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not scored yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rank %1 of %2</source>
        <translation>Rang %1 von %2</translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <location filename="../../smartcity_desktop/ui/trace_view.py" line="-298"/>
        <source>Scores in the weightings</source>
        <translation>Bewertung in den Gewichtungen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cluster, idea card or project</source>
        <translation>Cluster, Ideenkarte oder Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Green dots</source>
        <translation>Grüne Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red dots</source>
        <translation>Rote Punkte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weighting</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Utility</source>
        <translation>Nutzwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This field of action no longer exists.</source>
        <translation>Dieses Handlungsfeld gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This project no longer exists.</source>
        <translation>Dieses Projekt gibt es nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Cluster “%1” (%n card(s))</source>
        <translation>
            <numerusform>Cluster „%1“ (%n Karte)</numerusform>
            <numerusform>Cluster „%1“ (%n Karten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+32"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-29"/>
        <source>Field of action, grown from %n cluster(s).</source>
        <translation>
            <numerusform>Handlungsfeld, entstanden aus %n Cluster.</numerusform>
            <numerusform>Handlungsfeld, entstanden aus %n Clustern.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field of action; no cluster of a board is linked to it yet.</source>
        <translation>Handlungsfeld; noch ist kein Cluster einer Pinnwand damit verbunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Projects in this field (%n)</source>
        <translation>
            <numerusform>Projekte in diesem Handlungsfeld (%n)</numerusform>
            <numerusform>Projekte in diesem Handlungsfeld (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — agreed weighting: %2</source>
        <translation>%1 – vereinbarte Gewichtung: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Project in the field of action “%1”.</source>
        <translation>Projekt im Handlungsfeld „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project without a field of action.</source>
        <translation>Projekt ohne Handlungsfeld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was entered directly, not created from a board.</source>
        <translation>Es wurde direkt eingegeben, nicht aus einer Pinnwand angelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grown from the card</source>
        <translation>Entstanden aus der Karte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (agreed)</source>
        <translation>%1 (vereinbart)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not scored in any weighting yet.</source>
        <translation>Noch in keiner Gewichtung bewertet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The whole strategy: %1</source>
        <translation>Die gesamte Strategie: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n field(s) of action. Dots: from closed or revealed rounds; a second round on a shortlist adds nothing to the first round&apos;s.</source>
        <translation>
            <numerusform>%n Handlungsfeld. Punkte: aus abgeschlossenen oder aufgedeckten Punktabfragen; eine zweite Runde über die Spitzengruppe zählt nicht noch einmal.</numerusform>
            <numerusform>%n Handlungsfelder. Punkte: aus abgeschlossenen oder aufgedeckten Punktabfragen; eine zweite Runde über die Spitzengruppe zählt nicht noch einmal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../smartcity_desktop/ui/draft_versions.py" line="-286"/>
        <source>Versions of the strategy draft</source>
        <translation>Versionen des Strategieentwurfs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No versions yet. Save one to keep the draft as it is now.</source>
        <translation>Noch keine Versionen. Speichern Sie eine, um den Entwurf im jetzigen Stand festzuhalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save current draft as version…</source>
        <translation>Aktuellen Entwurf als Version speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Restore this version…</source>
        <translation>Diese Version wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this version (PDF or Word)…</source>
        <translation>Diese Version exportieren (PDF oder Word)…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Restore “%1” (the version chosen in the list)</source>
        <translation>„%1“ wiederherstellen (die in der Liste ausgewählte Version)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved. You can undo this (Edit ▸ Undo).</source>
        <translation>Gespeichert. Sie können das rückgängig machen (Bearbeiten ▸ Rückgängig).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename version</source>
        <translation>Version umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New name of the version:</source>
        <translation>Neuer Name der Version:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A version needs a name. The name stays as it was.</source>
        <translation>Eine Version braucht einen Namen. Der Name bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete version</source>
        <translation>Version löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the version “%1”? The current draft is not changed. You can undo this.</source>
        <translation>Die Version „%1“ löschen? Der aktuelle Entwurf wird nicht geändert. Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The current draft already says what “%1” says.</source>
        <translation>Der aktuelle Entwurf stimmt bereits mit „%1“ überein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the version “%1”? It replaces the texts of all sections, the strategic goals, the goals of the fields of action, governance and the next steps of the current draft.

The fields of action, projects and criteria stay as they are (a field&apos;s title and description are taken from the version where the field still exists). You can undo this.</source>
        <translation>Die Version „%1“ wiederherstellen? Sie ersetzt die Texte aller Abschnitte, die strategischen Ziele, die Ziele der Handlungsfelder, die Governance und die nächsten Schritte des aktuellen Entwurfs.

Handlungsfelder, Projekte und Kriterien bleiben, wie sie sind (Titel und Beschreibung eines Handlungsfelds werden aus der Version übernommen, wenn es das Handlungsfeld noch gibt). Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” restored. You can undo this (Edit ▸ Undo).</source>
        <translation>„%1“ wiederhergestellt. Sie können das rückgängig machen (Bearbeiten ▸ Rückgängig).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>These fields of action of the version no longer exist, so their texts were not restored: %1.</source>
        <translation>
            <numerusform>Dieses Handlungsfeld der Version gibt es nicht mehr, daher wurden seine Texte nicht wiederhergestellt: %1.</numerusform>
            <numerusform>Diese Handlungsfelder der Version gibt es nicht mehr, daher wurden ihre Texte nicht wiederhergestellt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The weighting the version names as agreed no longer exists; the draft names no agreed weighting now.</source>
        <translation>Die Gewichtung, die in der Version als vereinbart gilt, gibt es nicht mehr; der Entwurf nennt jetzt keine vereinbarte Gewichtung.</translation>
    </message>
</context>
<context>
    <name>VisionSection</name>
    <message>
        <location filename="../../smartcity_desktop/ui/draft_sections.py" line="-135"/>
        <source>The Leitbild: where the city wants to go, and what digitalisation is for. It opens the strategy.</source>
        <translation>Das Leitbild: wohin sich die Stadt entwickeln will und wozu die Digitalisierung dient. Es steht am Anfang der Strategie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vision (Leitbild) of the strategy.</source>
        <translation>Das Leitbild der Strategie.</translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message>
        <location filename="../../smartcity_desktop/ui/voting_page.py" line="+68"/>
        <source>Close voting</source>
        <translation>Abstimmung schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+233"/>
        <source>Reveal results</source>
        <translation>Ergebnis aufdecken</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second round…</source>
        <translation>Zweite Runde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete round…</source>
        <translation>Runde löschen…</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>All participants together</source>
        <translation>Alle Teilnehmenden zusammen</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Counted for</source>
        <translation>Gezählt für</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the number of stickers per option; Enter or the arrow keys move on. Counts per stakeholder group are added up.</source>
        <translation>Anzahl der Klebepunkte je Option eingeben; Eingabetaste oder Pfeiltasten gehen weiter. Zählungen je Anspruchsgruppe werden addiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At the laptop</source>
        <translation>Am Laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>Paper tally</source>
        <translation>Papierzählung</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Results</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed, not yet revealed</source>
        <translation>geschlossen, noch nicht aufgedeckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revealed</source>
        <translation>aufgedeckt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n green dot(s) per person</source>
        <translation>
            <numerusform>%n grüner Punkt je Person</numerusform>
            <numerusform>%n grüne Punkte je Person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n red dot(s) per person</source>
        <translation>
            <numerusform>%n roter Punkt je Person</numerusform>
            <numerusform>%n rote Punkte je Person</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1 of a colour per option</source>
        <translation>höchstens %1 je Farbe und Option</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no cumulating</source>
        <translation>nicht kumulieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>named</source>
        <translation>namentlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>results hidden until revealed</source>
        <translation>Ergebnis verdeckt bis zum Aufdecken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>results shown live</source>
        <translation>Ergebnis sofort sichtbar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 have voted</source>
        <translation>%1 von %2 haben abgestimmt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(%1 abstained)</source>
        <translation>(%1 enthalten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 dots cast</source>
        <translation>%1 von %2 Punkten vergeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 dots counted on paper</source>
        <translation>%1 Punkte auf Papier gezählt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not yet voted: %1</source>
        <translation>Noch nicht abgestimmt: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The voting is closed. Reopen it to record more ballots.</source>
        <translation>Die Abstimmung ist geschlossen. Öffnen Sie sie wieder, um weitere Stimmen zu erfassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person has voted already. Withdraw their ballot to vote again.</source>
        <translation>Diese Person hat bereits abgestimmt. Ziehen Sie ihre Stimmabgabe zurück, damit sie erneut abstimmen kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>More green dots than each person has (%1).</source>
        <translation>Mehr grüne Punkte, als jede Person hat (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More red dots than each person has (%1).</source>
        <translation>Mehr rote Punkte, als jede Person hat (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than %1 dot(s) of one colour on one option.</source>
        <translation>Mehr als %1 Punkt(e) einer Farbe auf einer Option.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number of dots below zero.</source>
        <translation>Eine Punktzahl unter null.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This round has no red dots.</source>
        <translation>Diese Runde hat keine roten Punkte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An option that is not part of this round.</source>
        <translation>Eine Option, die nicht zu dieser Runde gehört.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Close the voting and reveal the results to everyone?</source>
        <translation>Abstimmung schließen und das Ergebnis für alle aufdecken?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Voting settings</source>
        <translation>Einstellungen der Punktabfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes have been recorded already. Change the settings anyway? What was recorded is kept as it is.</source>
        <translation>Es wurden bereits Stimmen erfasst. Einstellungen trotzdem ändern? Das bereits Erfasste bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The top third (%1 options)</source>
        <translation>Das obere Drittel (%1 Optionen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tied options (%1)</source>
        <translation>Die gleichauf liegenden Optionen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options I pick…</source>
        <translation>Optionen, die ich auswähle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Second round</source>
        <translation>Zweite Runde</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Which options go into the second round?</source>
        <translation>Welche Optionen kommen in die zweite Runde?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pick at least two options for a vote.</source>
        <translation>Bitte mindestens zwei Optionen für eine Abstimmung auswählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — second round</source>
        <translation>%1 – zweite Runde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete round</source>
        <translation>Runde löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the voting round “%1” with all its votes? You can undo this.</source>
        <translation>Die Punktabfrage „%1“ mit allen Stimmen löschen? Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>VotingSetupDialog</name>
    <message>
        <location filename="../../smartcity_desktop/ui/voting_panels.py" line="-603"/>
        <source>Dot-voting</source>
        <translation>Punktabfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voting settings</source>
        <translation>Einstellungen der Punktabfrage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clusters (%1)</source>
        <translation>Die Cluster (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cards (%1)</source>
        <translation>Alle Karten (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected clusters or cards (%1)</source>
        <translation>Die ausgewählten Cluster oder Karten (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none (green only)</source>
        <translation>keine (nur grün)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 = at most one dot of a colour per option (no cumulating)</source>
        <translation>1 = höchstens ein Punkt je Farbe und Option (nicht kumulieren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous (names are not recorded)</source>
        <translation>Anonym (Namen werden nicht erfasst)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide results until revealed</source>
        <translation>Ergebnis bis zum Aufdecken verbergen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workshop&apos;s present participants (%1)</source>
        <translation>Die anwesenden Teilnehmenden des Workshops (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A number of voters</source>
        <translation>Eine Anzahl Abstimmender</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vote on</source>
        <translation>Abstimmen über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green dots per person</source>
        <translation>Grüne Punkte je Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red dots (concerns) per person</source>
        <translation>Rote Punkte (Bedenken) je Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most dots of a colour on one option</source>
        <translation>Höchstens Punkte einer Farbe je Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who votes</source>
        <translation>Wer stimmt ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of voters</source>
        <translation>Anzahl Abstimmender</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Suggested: ⌊options / 3⌋ + 1 = %1 dots for %2 options.</source>
        <translation>Vorschlag: ⌊Optionen / 3⌋ + 1 = %1 Punkte für %2 Optionen.</translation>
    </message>
</context>
<context>
    <name>VotingTexts</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/document/voting_ops.py" line="-273"/>
        <source>Cast a ballot with %n dot(s)</source>
        <translation>
            <numerusform>Stimmabgabe mit %n Punkt</numerusform>
            <numerusform>Stimmabgabe mit %n Punkten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotingView</name>
    <message>
        <location filename="../../smartcity_desktop/ui/presenter_voting.py" line="+129"/>
        <source>This voting round was deleted.</source>
        <translation>Diese Punktabfrage wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Voting is open</source>
        <translation>Die Abstimmung läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voting is closed</source>
        <translation>Die Abstimmung ist geschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 have voted</source>
        <translation>%1 von %2 haben abgestimmt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 dots cast</source>
        <translation>%1 von %2 Punkten vergeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Results</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results so far (visible while voting)</source>
        <translation>Zwischenergebnis (sichtbar während der Abstimmung)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1. (shared)</source>
        <translation>%1. (geteilt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1. (shared): %2</source>
        <translation>%1. (geteilt): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Green bar, + : support</source>
        <translation>Grüner Balken, + : Zustimmung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Red bar, − : concerns</source>
        <translation>Roter Balken, − : Bedenken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net = green − red</source>
        <translation>Saldo = Grün − Rot</translation>
    </message>
</context>
<context>
    <name>WeightingModels</name>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_list.py" line="+110"/>
        <source>weights: %1 · scores: %2</source>
        <translation>Gewichte: %1 · Bewertungen: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who judges</source>
        <translation>Eingabe durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../smartcity_desktop/ui/weighting_weights.py" line="+262"/>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_matrix.py" line="-110"/>
        <location filename="../../smartcity_desktop/ui/weighting_pairs.py" line="-234"/>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geometric mean of the participants: %1</source>
        <translation>Geometrisches Mittel der Teilnehmenden: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../../smartcity_desktop/ui/weighting_points.py" line="-123"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../smartcity_desktop/ui/weighting_points.py" line="+1"/>
        <location filename="../../smartcity_desktop/ui/weighting_ranking_entry.py" line="-145"/>
        <location filename="../../smartcity_desktop/ui/weighting_weights.py" line="-124"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_pairs.py" line="+22"/>
        <location line="+2"/>
        <location filename="../../smartcity_desktop/ui/weighting_points.py" line="-2"/>
        <location filename="../../smartcity_desktop/ui/weighting_ranking_entry.py" line="-2"/>
        <location filename="../../smartcity_desktop/ui/weighting_weights.py" line="-3"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Judgement</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_points.py" line="+24"/>
        <source>“%1” is not a number of points.</source>
        <translation>„%1“ ist keine Punktzahl.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Points go from 0 to 100.</source>
        <translation>Punkte reichen von 0 bis 100.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_ranking_entry.py" line="-74"/>
        <source>Rank the criteria</source>
        <translation>Kriterien in eine Rangfolge bringen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move a criterion in the ranking</source>
        <translation>Kriterium in der Rangfolge verschieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+45"/>
        <source>Same rank as above</source>
        <translation>Gleicher Rang wie darüber</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>A rank of its own</source>
        <translation>Eigener Rang</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Same rank as the criterion above (a tie)</source>
        <translation>Gleicher Rang wie das Kriterium darüber (Gleichstand)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_scale.py" line="+107"/>
        <source>equal</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between equal and moderately</source>
        <translation>zwischen gleich und mäßig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderately</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between moderately and strongly</source>
        <translation>zwischen mäßig und deutlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strongly</source>
        <translation>deutlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between strongly and very strongly</source>
        <translation>zwischen deutlich und sehr deutlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very strongly</source>
        <translation>sehr deutlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between very strongly and extremely</source>
        <translation>zwischen sehr deutlich und extrem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extremely</source>
        <translation>extrem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 and %2 are &lt;b&gt;equally&lt;/b&gt; important</source>
        <translation>%1 und %2 sind &lt;b&gt;gleich&lt;/b&gt; wichtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is &lt;b&gt;a little more&lt;/b&gt; important than %2</source>
        <translation>%1 ist &lt;b&gt;etwas&lt;/b&gt; wichtiger als %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is &lt;b&gt;moderately more&lt;/b&gt; important than %2</source>
        <translation>%1 ist &lt;b&gt;mäßig&lt;/b&gt; wichtiger als %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is &lt;b&gt;moderately to much more&lt;/b&gt; important than %2</source>
        <translation>%1 ist &lt;b&gt;mäßig bis deutlich&lt;/b&gt; wichtiger als %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is &lt;b&gt;much more&lt;/b&gt; important than %2</source>
        <translation>%1 ist &lt;b&gt;deutlich&lt;/b&gt; wichtiger als %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is &lt;b&gt;much to very much more&lt;/b&gt; important than %2</source>
        <translation>%1 ist &lt;b&gt;deutlich bis sehr deutlich&lt;/b&gt; wichtiger als %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is &lt;b&gt;very much more&lt;/b&gt; important than %2</source>
        <translation>%1 ist &lt;b&gt;sehr deutlich&lt;/b&gt; wichtiger als %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is &lt;b&gt;very much to extremely more&lt;/b&gt; important than %2</source>
        <translation>%1 ist &lt;b&gt;sehr deutlich bis extrem&lt;/b&gt; wichtiger als %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is &lt;b&gt;extremely more&lt;/b&gt; important than %2</source>
        <translation>%1 ist &lt;b&gt;extrem&lt;/b&gt; wichtiger als %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 or %2: which matters more, and how much?</source>
        <translation>%1 oder %2: Was ist wichtiger, und wie viel?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 or %2: which matters more?</source>
        <translation>%1 oder %2: Was ist wichtiger?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is &lt;b&gt;more&lt;/b&gt; important than %2</source>
        <translation>%1 ist &lt;b&gt;wichtiger&lt;/b&gt; als %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a score: scores go from 0 to 10.</source>
        <translation>%1 ist keine Bewertung: Bewertungen reichen von 0 bis 10.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>100-point allocation</source>
        <translation>Verteilung von 100 Punkten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranking (rank-order centroid)</source>
        <translation>Rangfolge (Rangschwerpunkt, ROC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranking (rank sum)</source>
        <translation>Rangfolge (Rangsumme)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paarvergleich 2/1/0</source>
        <translation>Paarvergleich 2/1/0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AHP (Saaty 1–9)</source>
        <translation>AHP (Saaty 1–9)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>each participant</source>
        <translation>jede teilnehmende Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the group together</source>
        <translation>die Gruppe gemeinsam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_scores.py" line="-133"/>
        <source>Mean %1 of %2 scores, from %3 to %4</source>
        <translation>Mittelwert %1 aus %2 Bewertungen, von %3 bis %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Below the K.O. threshold %1 of “%2”</source>
        <translation>Unter der K.-o.-Schwelle %1 von „%2“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 below %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excluded (K.O.): %1</source>
        <translation>Ausgeschlossen (K.-o.): %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>K.O. ≥ %1</source>
        <translation>K.-o. ≥ %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Row %1, column %2 of the pasted block: </source>
        <translation>Zeile %1, Spalte %2 des eingefügten Blocks: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was pasted.</source>
        <translation>Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There are no scores to paste.</source>
        <translation>Es gibt keine Bewertungen zum Einfügen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>K.O.: a project scoring below %1 is excluded</source>
        <translation>K.-o.: Ein Projekt mit einer Bewertung unter %1 wird ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_source.py" line="+170"/>
        <source>the group</source>
        <translation>die Gruppe</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>This weighting no longer exists.</source>
        <translation>Diese Gewichtung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This weighting is finished. Reopen it to change anything.</source>
        <translation>Diese Gewichtung ist abgeschlossen. Öffnen Sie sie wieder, um etwas zu ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project is open read-only.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a participant under “Entering for” to enter their values.</source>
        <translation>Wählen Sie unter „Eingabe für“ eine teilnehmende Person aus, um ihre Werte einzugeben.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_weights.py" line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Range</source>
        <translation>Spannweite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raters</source>
        <translation>Bewertende</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>(not present)</source>
        <translation>(nicht anwesend)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgements</source>
        <translation>Einschätzungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
</context>
<context>
    <name>WeightingPage</name>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_page.py" line="+120"/>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criteria and projects…</source>
        <translation>Kriterien und Projekte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entering for</source>
        <translation>Eingabe für</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights by</source>
        <translation>Gewichtung durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores by</source>
        <translation>Bewertung durch</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+136"/>
        <source>Choose a participant under “Entering for” to enter their judgements. The table on the right shows the weights of the whole group.</source>
        <translation>Wählen Sie unter „Eingabe für“ eine teilnehmende Person aus, um ihre Einschätzungen einzugeben. Die Tabelle rechts zeigt die Gewichte der ganzen Gruppe.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>The result (ranking, chart, sensitivity) is not available yet.</source>
        <translation>Das Ergebnis (Rangfolge, Diagramm, Sensitivität) ist noch nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This weighting no longer exists.</source>
        <translation>Diese Gewichtung gibt es nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n criterion/criteria</source>
        <translation>
            <numerusform>%n Kriterium</numerusform>
            <numerusform>%n Kriterien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This weighting is finished. Reopen it to change judgements or scores.</source>
        <translation>Diese Gewichtung ist abgeschlossen. Öffnen Sie sie wieder, um Einschätzungen oder Bewertungen zu ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project is open read-only.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All participants (mean and range)</source>
        <translation>Alle Teilnehmenden (Mittelwert und Spannweite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (not present)</source>
        <translation> (nicht anwesend)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nobody is marked present at this workshop yet. Mark who came on the workshop&apos;s page; then each of them can enter their judgements here.</source>
        <translation>Für diesen Workshop ist noch niemand als anwesend markiert. Markieren Sie auf der Seite des Workshops, wer gekommen ist; dann kann hier jede dieser Personen ihre Einschätzungen eingeben.</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+7"/>
        <source>Change the method</source>
        <translation>Methode ändern</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>The %n judgement(s) entered with “%1” are dropped: points, ranks and pairs can&apos;t be read as one another. Undo brings them back.</source>
        <translation>
            <numerusform>%n mit „%1“ eingegebene Einschätzung wird verworfen: Punkte, Ränge und Paarvergleiche lassen sich nicht ineinander umrechnen. Das lässt sich rückgängig machen.</numerusform>
            <numerusform>%n mit „%1“ eingegebene Einschätzungen werden verworfen: Punkte, Ränge und Paarvergleiche lassen sich nicht ineinander umrechnen. Das lässt sich rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Criteria and projects</source>
        <translation>Kriterien und Projekte</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entered judgement(s) or score(s) of the criteria and projects taken out are removed with them. Undo brings them back.</source>
        <translation>
            <numerusform>%n eingegebene Einschätzung oder Bewertung der herausgenommenen Kriterien und Projekte wird ebenfalls entfernt. Das lässt sich rückgängig machen.</numerusform>
            <numerusform>%n eingegebene Einschätzungen oder Bewertungen der herausgenommenen Kriterien und Projekte werden ebenfalls entfernt. Das lässt sich rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the criteria and projects</source>
        <translation>Kriterien und Projekte auswählen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete weighting</source>
        <translation>Gewichtung löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the weighting “%1” with all its judgements and scores? You can undo this.</source>
        <translation>Die Gewichtung „%1“ mit allen Einschätzungen und Bewertungen löschen? Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>WeightingResultView</name>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_result.py" line="+121"/>
        <source>How stable is first place?</source>
        <translation>Wie stabil ist der erste Platz?</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>What-if weight of the chosen criterion</source>
        <translation>Was-wäre-wenn-Gewicht des gewählten Kriteriums</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+150"/>
        <source>%1 (saved: %2)</source>
        <translation>%1 (gespeichert: %2)</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what-if — not saved</source>
        <translation>Was-wäre-wenn – nicht gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not ranked:</source>
        <translation>Nicht in der Rangfolge:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 (saved)</source>
        <translation>%1 (gespeichert)</translation>
    </message>
</context>
<context>
    <name>WeightingSentences</name>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_sentences.py" line="+82"/>
        <source>%1 (shared)</source>
        <translation>%1 (geteilt)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2 &lt; %3 (K.O.)</source>
        <translation>%1 %2 &lt; %3 (K.-o.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>excluded: %1</source>
        <translation>ausgeschlossen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n score(s) missing</source>
        <translation>
            <numerusform>%n Bewertung fehlt</numerusform>
            <numerusform>%n Bewertungen fehlen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not ranked until the weights are complete</source>
        <translation>ohne Rang, bis die Gewichte vollständig sind</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rank %1 (shared): %2</source>
        <translation>Rang %1 (geteilt): %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This weighting has no criteria yet. Choose the criteria first.</source>
        <translation>Diese Gewichtung hat noch keine Kriterien. Wählen Sie zuerst die Kriterien aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The criteria are weighted. Add the projects to score next.</source>
        <translation>Die Kriterien sind gewichtet. Fügen Sie als Nächstes die zu bewertenden Projekte hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The criteria are weighted, but no project has all its scores yet (or every scored project is excluded). The list below says what is missing.</source>
        <translation>Die Kriterien sind gewichtet, aber noch kein Projekt hat alle Bewertungen (oder jedes bewertete Projekt ist ausgeschlossen). Die Liste unten zeigt, was fehlt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The ranking appears once the criteria are weighted: nobody has weighted them yet.</source>
        <translation>Die Rangfolge erscheint, sobald die Kriterien gewichtet sind: Noch niemand hat sie gewichtet.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The ranking appears once the criteria are weighted: no participant has finished yet (%n entry/entries missing).</source>
        <translation>
            <numerusform>Die Rangfolge erscheint, sobald die Kriterien gewichtet sind: Noch keine teilnehmende Person ist fertig (%n Eingabe fehlt).</numerusform>
            <numerusform>Die Rangfolge erscheint, sobald die Kriterien gewichtet sind: Noch keine teilnehmende Person ist fertig (%n Eingaben fehlen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ranking appears once the criteria are weighted: no points have been allocated yet.</source>
        <translation>Die Rangfolge erscheint, sobald die Kriterien gewichtet sind: Es wurden noch keine Punkte vergeben.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The ranking appears once the criteria are weighted: %n criterion/criteria still without a rank.</source>
        <translation>
            <numerusform>Die Rangfolge erscheint, sobald die Kriterien gewichtet sind: %n Kriterium hat noch keinen Rang.</numerusform>
            <numerusform>Die Rangfolge erscheint, sobald die Kriterien gewichtet sind: %n Kriterien haben noch keinen Rang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The ranking appears once the criteria are weighted: %n comparison(s) still missing.</source>
        <translation>
            <numerusform>Die Rangfolge erscheint, sobald die Kriterien gewichtet sind: %n Vergleich fehlt noch.</numerusform>
            <numerusform>Die Rangfolge erscheint, sobald die Kriterien gewichtet sind: %n Vergleiche fehlen noch.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>First place is shared: %1 (%2 each).</source>
        <translation>Der erste Platz ist geteilt: %1 (je %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First place: %1 with a utility of %2.</source>
        <translation>Erster Platz: %1 mit einem Nutzwert von %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Second: %1 (%2).</source>
        <translation>Zweiter Platz: %1 (%2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What-if (not saved): with %1 at %2, first place would be shared by %3.</source>
        <translation>Was-wäre-wenn (nicht gespeichert): Mit %1 bei %2 würden sich %3 den ersten Platz teilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What-if (not saved): with %1 at %2, %3 stays first (%4).</source>
        <translation>Was-wäre-wenn (nicht gespeichert): Mit %1 bei %2 bliebe %3 auf dem ersten Platz (%4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What-if (not saved): with %1 at %2, %3 would come first (%4) instead of %5.</source>
        <translation>Was-wäre-wenn (nicht gespeichert): Mit %1 bei %2 käme %3 auf den ersten Platz (%4) statt %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n project(s) ranked</source>
        <translation>
            <numerusform>%n Projekt in der Rangfolge</numerusform>
            <numerusform>%n Projekte in der Rangfolge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n excluded by a must-criterion</source>
        <translation>
            <numerusform>%n durch ein Muss-Kriterium ausgeschlossen</numerusform>
            <numerusform>%n durch ein Muss-Kriterium ausgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not fully scored</source>
        <translation>
            <numerusform>%n nicht vollständig bewertet</numerusform>
            <numerusform>%n nicht vollständig bewertet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only one project is ranked: there is no first place to lose.</source>
        <translation>Nur ein Projekt ist in der Rangfolge: Es gibt keinen ersten Platz zu verlieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a single criterion its weight is always 100 %.</source>
        <translation>Bei einem einzigen Kriterium beträgt sein Gewicht immer 100&#xa0;%.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (now %2) may take any weight from 0 % to 100 % without changing first place.</source>
        <translation>%1 (jetzt %2) kann jedes Gewicht von 0&#xa0;% bis 100&#xa0;% annehmen, ohne dass sich der erste Platz ändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (now %2) may rise to %3 before first place changes (then %4).</source>
        <translation>%1 (jetzt %2) kann bis auf %3 steigen, bevor sich der erste Platz ändert (danach: %4).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (now %2) may range from %3 to 100 % without changing first place (below that, %4).</source>
        <translation>%1 (jetzt %2) kann zwischen %3 und 100&#xa0;% liegen, ohne dass sich der erste Platz ändert (darunter: %4).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (now %2) may range from %3 to %4 without changing first place (below that, %5; above, %6).</source>
        <translation>%1 (jetzt %2) kann zwischen %3 und %4 liegen, ohne dass sich der erste Platz ändert (darunter: %5; darüber: %6).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 share first place</source>
        <translation>%1 teilen sich den ersten Platz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 leads</source>
        <translation>%1 liegt vorn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scores on %1 do not count at this weight.</source>
        <translation>Bei diesem Gewicht zählen die Bewertungen für %1 nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Even with 0 points on %2, %1 would stay ahead of %3.</source>
        <translation>Selbst mit 0 Punkten bei %2 läge %1 noch vor %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>less than %1</source>
        <translation>weniger als %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 could lose %2 points on %3 before being overtaken by %4.</source>
        <translation>%1 könnte bei %3 %2 Punkte verlieren, ohne von %4 überholt zu werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No change of a single weight changes first place.</source>
        <translation>Keine Änderung eines einzelnen Gewichts ändert den ersten Platz.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The result is most sensitive to %1: a change of %2 percentage points (from %3 to %4) changes first place.</source>
        <translation>Das Ergebnis reagiert am empfindlichsten auf %1: Eine Änderung um %2 Prozentpunkte (von %3 auf %4) ändert den ersten Platz.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>First place is shared by %1: the weights as they are do not decide between them. A runoff or a recorded decision does.</source>
        <translation>Den ersten Platz teilen sich %1: Die Gewichte, wie sie sind, entscheiden nicht zwischen ihnen. Entscheiden kann eine Stichwahl oder ein protokollierter Beschluss.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (now %2) does not decide between them.</source>
        <translation>%1 (jetzt %2) entscheidet nicht zwischen ihnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More weight on %1 (now %2) would put %3 first; less, %4.</source>
        <translation>Mehr Gewicht auf %1 (jetzt %2) brächte %3 auf den ersten Platz, weniger Gewicht %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More weight on %1 (now %2) would put %3 first.</source>
        <translation>Mehr Gewicht auf %1 (jetzt %2) brächte %3 auf den ersten Platz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Less weight on %1 (now %2) would put %3 first.</source>
        <translation>Weniger Gewicht auf %1 (jetzt %2) brächte %3 auf den ersten Platz.</translation>
    </message>
</context>
<context>
    <name>WeightingSetupDialog</name>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_setup.py" line="+63"/>
        <source>Criteria and projects</source>
        <translation>Kriterien und Projekte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New weighting</source>
        <translation>Neue Gewichtung</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who weights the criteria</source>
        <translation>Wer gewichtet die Kriterien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who scores the projects</source>
        <translation>Wer bewertet die Projekte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Choose at least one criterion.</source>
        <translation>Bitte mindestens ein Kriterium auswählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparing pairs needs at least two criteria.</source>
        <translation>Paarvergleiche brauchen mindestens zwei Kriterien.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n criterion/criteria and %1.</source>
        <translation>
            <numerusform>%n Kriterium und %1.</numerusform>
            <numerusform>%n Kriterien und %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n pair(s) to compare.</source>
        <translation>
            <numerusform>Zu vergleichen: %n Paar.</numerusform>
            <numerusform>Zu vergleichen: %n Paare.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That&apos;s a lot of pairs for one session; consider fewer criteria.</source>
        <translation>Das sind viele Paare für eine Sitzung; vielleicht genügen weniger Kriterien.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>AHP covers at most 15 criteria (Saaty&apos;s random index).</source>
        <translation>AHP reicht für höchstens 15 Kriterien (Zufallsindex nach Saaty).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without projects only the weights are agreed.</source>
        <translation>Ohne Projekte werden nur die Gewichte vereinbart.</translation>
    </message>
</context>
<context>
    <name>WeightingTexts</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/document/weighting_ops.py" line="-707"/>
        <source>Delete %n criterion/criteria</source>
        <translation>
            <numerusform>%n Kriterium löschen</numerusform>
            <numerusform>%n Kriterien löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n project(s)</source>
        <translation>
            <numerusform>%n Projekt löschen</numerusform>
            <numerusform>%n Projekte löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Add %n criterion/criteria</source>
        <translation>
            <numerusform>%n Kriterium hinzufügen</numerusform>
            <numerusform>%n Kriterien hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Enter %n score(s)</source>
        <translation>
            <numerusform>%n Bewertung eintragen</numerusform>
            <numerusform>%n Bewertungen eintragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightingView</name>
    <message>
        <location filename="../../smartcity_desktop/ui/presenter_views.py" line="+223"/>
        <source>This weighting was deleted.</source>
        <translation>Diese Gewichtung wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>… and %n more project(s)</source>
        <translation>
            <numerusform>… und %n weiteres Projekt</numerusform>
            <numerusform>… und %n weitere Projekte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightingsPage</name>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_list.py" line="+29"/>
        <source>Weightings</source>
        <translation>Gewichtungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In a weighting, the group agrees on how much each criterion counts (points, a ranking, Paarvergleich or AHP) and scores the projects against the criteria (Nutzwertanalyse). Double-click a weighting to open it.</source>
        <translation>In einer Gewichtung vereinbart die Gruppe, wie viel jedes Kriterium zählt (Punkte, Rangfolge, Paarvergleich oder AHP), und bewertet die Projekte anhand der Kriterien (Nutzwertanalyse). Ein Doppelklick öffnet eine Gewichtung.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No weighting yet in this workshop. Start one with “New weighting…”.</source>
        <translation>Noch keine Gewichtung in diesem Workshop. Eine neue beginnen Sie mit „Neue Gewichtung…“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New weighting…</source>
        <translation>Neue Gewichtung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+33"/>
        <source>New weighting</source>
        <translation>Neue Gewichtung</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The criteria catalogue is empty. A weighting needs criteria to weight: add them (or the demo catalogue) on the criteria page first.</source>
        <translation>Der Kriterienkatalog ist leer. Eine Gewichtung braucht Kriterien: Legen Sie diese (oder den Demo-Katalog) zuerst auf der Seite „Kriterien“ an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the criteria</source>
        <translation>Zu den Kriterien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weighting %1</source>
        <translation>Gewichtung %1</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../../smartcity_desktop/ui/weighting_weights.py" line="+70"/>
        <source>Resulting weights</source>
        <translation>Resultierende Gewichte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>AHP: the participants&apos; judgements are combined by their geometric mean, pair by pair.</source>
        <translation>AHP: Die Einschätzungen der Teilnehmenden werden Paar für Paar über ihr geometrisches Mittel zusammengefasst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The weights appear once every pair is answered (%1 of %2).</source>
        <translation>Die Gewichte erscheinen, sobald jedes Paar beantwortet ist (%1 von %2).</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n criterion/criteria (%1) lost every comparison and get(s) no weight at all — is that intended?</source>
        <translation>
            <numerusform>%n Kriterium (%1) hat jeden Vergleich verloren und bekommt gar kein Gewicht – ist das so gewollt?</numerusform>
            <numerusform>%n Kriterien (%1) haben jeden Vergleich verloren und bekommen gar kein Gewicht – ist das so gewollt?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n criterion/criteria (%1) got no points and get(s) no weight at all — is that intended?</source>
        <translation>
            <numerusform>%n Kriterium (%1) hat keine Punkte und bekommt daher gar kein Gewicht – ist das so gewollt?</numerusform>
            <numerusform>%n Kriterien (%1) haben keine Punkte und bekommen daher gar kein Gewicht – ist das so gewollt?</numerusform>
        </translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Group weights from %1 of %2 participants (those who have answered everything).</source>
        <translation>Gewichte der Gruppe aus %1 von %2 Teilnehmenden (denen, die alles beantwortet haben).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The weights appear once every criterion has its points (0 is fine) or all 100 points are given.</source>
        <translation>Die Gewichte erscheinen, sobald jedes Kriterium seine Punkte hat (auch 0 ist möglich) oder alle 100 Punkte vergeben sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The weights appear once the criteria are ranked.</source>
        <translation>Die Gewichte erscheinen, sobald die Kriterien in eine Rangfolge gebracht sind.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Circular: %1 &gt; %2 &gt; %3 &gt; %1 — one of these three answers is probably not meant that way.</source>
        <translation>Zirkulär: %1 &gt; %2 &gt; %3 &gt; %1 – eine dieser drei Antworten ist wohl nicht so gemeint.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../smartcity_desktop/ui/welcome.py" line="+34"/>
        <source>Run the workshops of your city&apos;s Smart City strategy: collect ideas, cluster them into fields of action, vote, weigh criteria and write the minutes. Everything stays in one file on this computer.</source>
        <translation>Führen Sie die Workshops zur Smart-City-Strategie Ihrer Stadt durch: Ideen sammeln, zu Handlungsfeldern clustern, per Punktabfrage priorisieren, Kriterien gewichten und das Protokoll schreiben. Alles bleibt in einer Datei auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No recent projects yet</source>
        <translation>Noch keine Projekte geöffnet</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <location filename="../../smartcity_desktop/ui/workshop_page.py" line="+28"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert talk</source>
        <translation>Fachgespräch</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add agenda item…</source>
        <translation>Tagesordnungspunkt hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete agenda item</source>
        <translation>Tagesordnungspunkt löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 present, %2 excused</source>
        <translation>%1 anwesend, %2 entschuldigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add agenda item</source>
        <translation>Tagesordnungspunkt hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>WorkshopProperties</name>
    <message>
        <location filename="../../smartcity_desktop/ui/properties.py" line="-112"/>
        <location line="+24"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Expert talk (Fachgespräch)</source>
        <translation>Fachgespräch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message>
        <location filename="../../smartcity_desktop/ui/export_dialogs.py" line="+46"/>
        <source>Export minutes</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export strategy draft as Word</source>
        <translation>Strategieentwurf als Word exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export strategy draft as PDF</source>
        <translation>Strategieentwurf als PDF exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” exists already. Replace it?</source>
        <translation>„%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV files are written all or none: any existing files “%1-….csv” were left unchanged.</source>
        <translation>Die CSV-Dateien werden ganz oder gar nicht geschrieben: vorhandene Dateien „%1-….csv“ bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An export is still running. Wait until it has finished, then export again.</source>
        <translation>Ein Export läuft noch. Bitte warten Sie, bis er abgeschlossen ist, und exportieren Sie dann erneut.</translation>
    </message>
</context>
</TS>
