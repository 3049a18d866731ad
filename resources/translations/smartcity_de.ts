<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BallotPanel</name>
    <message>
        <location filename="../../smartcity_desktop/ui/voting_panels.py" line="+300"/>
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
        <location line="+453"/>
        <location line="+172"/>
        <source>Tidy</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <location line="-623"/>
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
        <location line="+443"/>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+11"/>
        <source>Promote</source>
        <translation>Zum Handlungsfeld</translation>
    </message>
    <message>
        <location line="-465"/>
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
        <location line="+59"/>
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
        <location line="+41"/>
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
        <location line="+33"/>
        <source>Zoom to cluster</source>
        <translation>Auf Cluster zoomen</translation>
    </message>
    <message>
        <location line="-29"/>
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
    <name>FieldsPage</name>
    <message>
        <location filename="../../smartcity_desktop/ui/fields_page.py" line="+38"/>
        <source>Fields of action</source>
        <translation>Handlungsfelder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields of action grow from the clusters of the workshops’ boards (select a cluster on a board ▸ Promote). Each stays linked to its clusters, their cards and where those came from.</source>
        <translation>Handlungsfelder entstehen aus den Clustern der Workshop-Pinnwände (Cluster auf einer Pinnwand auswählen ▸ Zum Handlungsfeld). Jedes bleibt mit seinen Clustern verbunden, mit deren Karten und mit deren Herkunft.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <source>Delete field of action</source>
        <translation>Handlungsfeld löschen</translation>
    </message>
    <message>
        <location line="-101"/>
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
        <location line="+10"/>
        <source>No fields of action yet.</source>
        <translation>Noch keine Handlungsfelder.</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%1 ▸ %2 ▸ cluster “%3” (%n card(s))</source>
        <translation>
            <numerusform>%1 ▸ %2 ▸ Cluster „%3“ (%n Karte)</numerusform>
            <numerusform>%1 ▸ %2 ▸ Cluster „%3“ (%n Karten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete the field of action “%1”? Its clusters and cards stay on their boards. You can undo this.</source>
        <translation>Das Handlungsfeld „%1“ löschen? Seine Cluster und Karten bleiben auf ihren Pinnwänden. Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
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
        <location filename="../../smartcity_desktop/ui/main_window.py" line="+53"/>
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
        <location line="+27"/>
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
        <location line="+2"/>
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
        <location line="+66"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+68"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-64"/>
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
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>Ü&amp;ber Smart City Werkstatt</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+38"/>
        <source>Read-only: changes cannot be saved</source>
        <translation>Schreibgeschützt: Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes are saved automatically</source>
        <translation>Alle Änderungen werden automatisch gespeichert</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+81"/>
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
        <location line="+4"/>
        <source>Weightings of the criteria for choosing digitalisation projects, and the scoring of projects (Nutzwertanalyse), appear here.</source>
        <translation>Hier erscheinen die Gewichtungen der Kriterien für die Auswahl von Digitalisierungsprojekten und die Bewertung der Projekte (Nutzwertanalyse).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minutes (Protokoll) of this workshop: attendance, agenda notes, results, decisions and next steps.</source>
        <translation>Das Protokoll dieses Workshops: Anwesenheit, Notizen zur Tagesordnung, Ergebnisse, Beschlüsse und nächste Schritte.</translation>
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
        <location line="+11"/>
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
        <location line="+32"/>
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
        <location line="+7"/>
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
    <name>Overview</name>
    <message>
        <location filename="../../smartcity_desktop/ui/board_view.py" line="+125"/>
        <source>Overview: click to move there</source>
        <translation>Übersicht: klicken, um dorthin zu springen</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../smartcity_desktop/ui/palette.py" line="+20"/>
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
        <location filename="../../smartcity_desktop/ui/participants_page.py" line="+59"/>
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
        <location line="+24"/>
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase “%1” from the whole project, including every workshop? This can be undone while the project is open.</source>
        <translation>„%1“ aus dem gesamten Projekt löschen, auch aus allen Workshops? Solange das Projekt geöffnet ist, lässt sich das rückgängig machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
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
    <name>ResultsPanel</name>
    <message>
        <location filename="../../smartcity_desktop/ui/voting_panels.py" line="+305"/>
        <source>Show the dots by stakeholder group</source>
        <translation>Punkte nach Anspruchsgruppe zeigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1. (shared)</source>
        <translation>%1. (geteilt)</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location filename="../../smartcity_desktop/ui/strategy_page.py" line="+42"/>
        <source>The vision (Leitbild): where the city wants to go, and what digitalisation is for.</source>
        <translation>Das Leitbild: wohin sich die Stadt entwickeln will und wozu die Digitalisierung dient.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+5"/>
        <source>Vision (Leitbild)</source>
        <translation>Leitbild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakeholder groups (Anspruchsgruppen)</source>
        <translation>Anspruchsgruppen</translation>
    </message>
    <message>
        <location line="+27"/>
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
    <name>VotingPage</name>
    <message>
        <location filename="../../smartcity_desktop/ui/voting_page.py" line="+68"/>
        <source>Close voting</source>
        <translation>Abstimmung schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+240"/>
        <source>Reveal results</source>
        <translation>Ergebnis aufdecken</translation>
    </message>
    <message>
        <location line="-238"/>
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
        <location line="+173"/>
        <source>All participants together</source>
        <translation>Alle Teilnehmenden zusammen</translation>
    </message>
    <message>
        <location line="-151"/>
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
        <location line="+181"/>
        <source>Paper tally</source>
        <translation>Papierzählung</translation>
    </message>
    <message>
        <location line="-180"/>
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
        <location line="+13"/>
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
        <location filename="../../smartcity_desktop/ui/voting_panels.py" line="-607"/>
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
</TS>
