<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BoardPage</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/simple_pages.py" line="+29"/>
        <source>%n idea card(s)</source>
        <translation>
            <numerusform>%n Ideenkarte</numerusform>
            <numerusform>%n Ideenkarten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../smartcity_desktop/document/commands.py" line="+143"/>
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
        <location line="+51"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+53"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-49"/>
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
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>Ü&amp;ber Smart City Werkstatt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+35"/>
        <source>Read-only: changes cannot be saved</source>
        <translation>Schreibgeschützt: Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes are saved automatically</source>
        <translation>Alle Änderungen werden automatisch gespeichert</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="-14"/>
        <location line="+57"/>
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
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All changes saved · %1</source>
        <translation>Alle Änderungen gespeichert · %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last change NOT saved</source>
        <translation>Letzte Änderung NICHT gespeichert</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../../smartcity_desktop/ui/navigator.py" line="+29"/>
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
        <location line="+28"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../../smartcity_desktop/ui/properties.py" line="+111"/>
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
        <location filename="../../smartcity_desktop/ui/properties.py" line="-109"/>
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
