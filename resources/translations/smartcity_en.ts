<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BallotPanel</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/voting_panels.py" line="+424"/>
        <source>%n green dot(s) left</source>
        <translation>
            <numerusform>%n green dot left</numerusform>
            <numerusform>%n green dots left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n red dot(s) left</source>
        <translation>
            <numerusform>%n red dot left</numerusform>
            <numerusform>%n red dots left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/board_page.py" line="+387"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not yet sorted</source>
        <translation>
            <numerusform>%n not yet sorted</numerusform>
            <numerusform>%n not yet sorted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+186"/>
        <source>The selected cluster(s) hold %n card(s). Keep the cards on the board (loose), or delete them too? You can undo either.</source>
        <translation>
            <numerusform>The selected cluster hold %n card. Keep the cards on the board (loose), or delete them too? You can undo either.</numerusform>
            <numerusform>The selected clusters hold %n cards. Keep the cards on the board (loose), or delete them too? You can undo either.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardProperties</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/board_panels.py" line="+247"/>
        <source>%n card(s) selected</source>
        <translation>
            <numerusform>%n card selected</numerusform>
            <numerusform>%n cards selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n cluster(s) selected</source>
        <translation>
            <numerusform>%n cluster selected</numerusform>
            <numerusform>%n clusters selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardTexts</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/document/board_ops.py" line="+42"/>
        <source>Tidy %n cluster(s)</source>
        <translation>
            <numerusform>Tidy %n cluster</numerusform>
            <numerusform>Tidy %n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n cluster(s)</source>
        <translation>
            <numerusform>Delete %n cluster</numerusform>
            <numerusform>Delete %n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Colour %n cluster(s)</source>
        <translation>
            <numerusform>Colour %n cluster</numerusform>
            <numerusform>Colour %n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Merge %n duplicate card(s)</source>
        <translation>
            <numerusform>Merge %n duplicate card</numerusform>
            <numerusform>Merge %n duplicate cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Promote %n cluster(s) to fields of action</source>
        <translation>
            <numerusform>Promote %n cluster to fields of action</numerusform>
            <numerusform>Promote %n clusters to fields of action</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Take %n card(s) out of their cluster</source>
        <translation>
            <numerusform>Take %n card out of their cluster</numerusform>
            <numerusform>Take %n cards out of their cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n cluster(s) with their cards</source>
        <translation>
            <numerusform>Delete %n cluster with their cards</numerusform>
            <numerusform>Delete %n clusters with their cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Delete %n card</numerusform>
            <numerusform>Delete %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Move %n card(s) to “%1”</source>
        <translation>
            <numerusform>Move %n card to “%1”</numerusform>
            <numerusform>Move %n cards to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Move %n cluster(s)</source>
        <translation>
            <numerusform>Move %n cluster</numerusform>
            <numerusform>Move %n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Colour %n card(s)</source>
        <translation>
            <numerusform>Colour %n card</numerusform>
            <numerusform>Colour %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Merge %n cluster(s) into “%1”</source>
        <translation>
            <numerusform>Merge %n cluster into “%1”</numerusform>
            <numerusform>Merge %n clusters into “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Set the source of %n card(s)</source>
        <translation>
            <numerusform>Set the source of %n card</numerusform>
            <numerusform>Set the source of %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Edit %n card(s)</source>
        <translation>
            <numerusform>Edit %n card</numerusform>
            <numerusform>Edit %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterTexts</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/board_scene.py" line="+385"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/draft_compare.py" line="+300"/>
        <source>%1 of %n section(s) changed</source>
        <translation>
            <numerusform>%1 of %n section changed</numerusform>
            <numerusform>%1 of %n sections changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/criteria_page.py" line="+266"/>
        <source>Delete %n criterion/criteria</source>
        <translation>
            <numerusform>Delete %n criterion</numerusform>
            <numerusform>Delete %n criteria</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/fields_page.py" line="+156"/>
        <source>%1 ▸ %2 ▸ cluster “%3” (%n card(s))</source>
        <translation>
            <numerusform>%1 ▸ %2 ▸ cluster “%3” (%n card)</numerusform>
            <numerusform>%1 ▸ %2 ▸ cluster “%3” (%n cards)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Its %n goal(s) in the strategy draft will be deleted.</source>
        <translation>
            <numerusform>Its %n goal in the strategy draft will be deleted.</numerusform>
            <numerusform>Its %n goals in the strategy draft will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n project(s) will no longer belong to a field of action.</source>
        <translation>
            <numerusform>%n project will no longer belong to a field of action.</numerusform>
            <numerusform>%n projects will no longer belong to a field of action.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n next step(s) of the draft will no longer name a field of action.</source>
        <translation>
            <numerusform>%n next step of the draft will no longer name a field of action.</numerusform>
            <numerusform>%n next steps of the draft will no longer name a field of action.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/import_dialog.py" line="+56"/>
        <source>Adding %n card(s)…</source>
        <translation>
            <numerusform>Adding %n card…</numerusform>
            <numerusform>Adding %n cards…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Import %n card(s) from “%1”</source>
        <translation>
            <numerusform>Import %n card from “%1”</numerusform>
            <numerusform>Import %n cards from “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n empty row(s) skipped</source>
        <translation>
            <numerusform>%n empty row skipped</numerusform>
            <numerusform>%n empty rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n card(s) added</source>
        <translation>
            <numerusform>%n card added</numerusform>
            <numerusform>%n cards added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new card(s)</source>
        <translation>
            <numerusform>%n new card</numerusform>
            <numerusform>%n new cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinutesTexts</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/document/minutes_ops.py" line="+33"/>
        <source>Add %n photo(s)</source>
        <translation>
            <numerusform>Add %n photo</numerusform>
            <numerusform>Add %n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairsEntry</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/weighting_pairs.py" line="+359"/>
        <source>%1 of %n pair(s) answered</source>
        <translation>
            <numerusform>%1 of %n pair answered</numerusform>
            <numerusform>%1 of %n pairs answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsTable</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/participants_page.py" line="+196"/>
        <source>%1 weighted or scored in %n weighting(s): %2.</source>
        <translation>
            <numerusform>%1 weighted or scored in %n weighting: %2.</numerusform>
            <numerusform>%1 weighted or scored in %n weightings: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/minutes_photos.py" line="+161"/>
        <source>%n file(s) could not be added:</source>
        <translation>
            <numerusform>%n file could not be added:</numerusform>
            <numerusform>%n files could not be added:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectProperties</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/properties.py" line="+134"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/projects_page.py" line="+288"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>Delete %n project(s)</source>
        <translation>
            <numerusform>Delete %n project</numerusform>
            <numerusform>Delete %n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultBars</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/presenter_voting.py" line="+132"/>
        <source>… and %n more option(s)</source>
        <translation>
            <numerusform>… and %n more option</numerusform>
            <numerusform>… and %n more options</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/weighting_scores.py" line="+256"/>
        <source>%n pasted value(s) fell outside the table and was/were left out.</source>
        <translation>
            <numerusform>%n pasted value fell outside the table and was left out.</numerusform>
            <numerusform>%n pasted values fell outside the table and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionsModel</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/draft_models.py" line="+126"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n criterion(s) weighted</source>
        <translation>
            <numerusform>%n criterion weighted</numerusform>
            <numerusform>%n criteria weighted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n criterion(s)</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>%n role(s) or bodies</source>
        <translation>
            <numerusform>%n role or body</numerusform>
            <numerusform>%n roles or bodies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimerControl</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/presenter_timer.py" line="+306"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceTexts</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/trace_models.py" line="+42"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>from %n source(s)</source>
        <translation>
            <numerusform>from %n source</numerusform>
            <numerusform>from %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 green and %n red dot(s)</source>
        <translation>
            <numerusform>%1 green and %n red dot</numerusform>
            <numerusform>%1 green and %n red dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n green dot(s)</source>
        <translation>
            <numerusform>%n green dot</numerusform>
            <numerusform>%n green dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/trace_view.py" line="+222"/>
        <source>Cluster “%1” (%n card(s))</source>
        <translation>
            <numerusform>Cluster “%1” (%n card)</numerusform>
            <numerusform>Cluster “%1” (%n cards)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Field of action, grown from %n cluster(s).</source>
        <translation>
            <numerusform>Field of action, grown from %n cluster.</numerusform>
            <numerusform>Field of action, grown from %n clusters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Projects in this field (%n)</source>
        <translation>
            <numerusform>Projects in this field (%n)</numerusform>
            <numerusform>Projects in this field (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n field(s) of action. Dots: from closed or revealed rounds; a second round on a shortlist adds nothing to the first round&apos;s.</source>
        <translation>
            <numerusform>%n field of action. Dots: from closed or revealed rounds; a second round on a shortlist adds nothing to the first round&apos;s.</numerusform>
            <numerusform>%n fields of action. Dots: from closed or revealed rounds; a second round on a shortlist adds nothing to the first round&apos;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/draft_versions.py" line="+336"/>
        <source>These fields of action of the version no longer exist, so their texts were not restored: %1.</source>
        <translation>
            <numerusform>This field of action of the version no longer exists, so its texts were not restored: %1.</numerusform>
            <numerusform>These fields of action of the version no longer exist, so their texts were not restored: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/voting_page.py" line="+166"/>
        <source>%n green dot(s) per person</source>
        <translation>
            <numerusform>%n green dot per person</numerusform>
            <numerusform>%n green dots per person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n red dot(s) per person</source>
        <translation>
            <numerusform>%n red dot per person</numerusform>
            <numerusform>%n red dots per person</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotingTexts</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/document/voting_ops.py" line="+25"/>
        <source>Cast a ballot with %n dot(s)</source>
        <translation>
            <numerusform>Cast a ballot with %n dot</numerusform>
            <numerusform>Cast a ballot with %n dots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightingPage</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/weighting_page.py" line="+247"/>
        <source>%n criterion/criteria</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+161"/>
        <source>The %n judgement(s) entered with “%1” are dropped: points, ranks and pairs can&apos;t be read as one another. Undo brings them back.</source>
        <translation>
            <numerusform>The %n judgement entered with “%1” is dropped: points, ranks and pairs can&apos;t be read as one another. Undo brings it back.</numerusform>
            <numerusform>The %n judgements entered with “%1” are dropped: points, ranks and pairs can&apos;t be read as one another. Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n entered judgement(s) or score(s) of the criteria and projects taken out are removed with them. Undo brings them back.</source>
        <translation>
            <numerusform>%n entered judgement or score of the criteria and projects taken out is removed with them. Undo brings it back.</numerusform>
            <numerusform>%n entered judgements or scores of the criteria and projects taken out are removed with them. Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightingSentences</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/weighting_sentences.py" line="+107"/>
        <source>%n score(s) missing</source>
        <translation>
            <numerusform>%n score missing</numerusform>
            <numerusform>%n scores missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>The ranking appears once the criteria are weighted: no participant has finished yet (%n entry/entries missing).</source>
        <translation>
            <numerusform>The ranking appears once the criteria are weighted: no participant has finished yet (%n entry missing).</numerusform>
            <numerusform>The ranking appears once the criteria are weighted: no participant has finished yet (%n entries missing).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The ranking appears once the criteria are weighted: %n criterion/criteria still without a rank.</source>
        <translation>
            <numerusform>The ranking appears once the criteria are weighted: %n criterion still without a rank.</numerusform>
            <numerusform>The ranking appears once the criteria are weighted: %n criteria still without a rank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The ranking appears once the criteria are weighted: %n comparison(s) still missing.</source>
        <translation>
            <numerusform>The ranking appears once the criteria are weighted: %n comparison still missing.</numerusform>
            <numerusform>The ranking appears once the criteria are weighted: %n comparisons still missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n project(s) ranked</source>
        <translation>
            <numerusform>%n project ranked</numerusform>
            <numerusform>%n projects ranked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n excluded by a must-criterion</source>
        <translation>
            <numerusform>%n excluded by a must-criterion</numerusform>
            <numerusform>%n excluded by a must-criterion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not fully scored</source>
        <translation>
            <numerusform>%n not fully scored</numerusform>
            <numerusform>%n not fully scored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightingSetupDialog</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/weighting_setup.py" line="+205"/>
        <source>%n criterion/criteria and %1.</source>
        <translation>
            <numerusform>%n criterion and %1.</numerusform>
            <numerusform>%n criteria and %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n pair(s) to compare.</source>
        <translation>
            <numerusform>%n pair to compare.</numerusform>
            <numerusform>%n pairs to compare.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightingTexts</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/document/weighting_ops.py" line="+34"/>
        <source>Delete %n criterion/criteria</source>
        <translation>
            <numerusform>Delete %n criterion</numerusform>
            <numerusform>Delete %n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n project(s)</source>
        <translation>
            <numerusform>Delete %n project</numerusform>
            <numerusform>Delete %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Add %n criterion/criteria</source>
        <translation>
            <numerusform>Add %n criterion</numerusform>
            <numerusform>Add %n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Enter %n score(s)</source>
        <translation>
            <numerusform>Enter %n score</numerusform>
            <numerusform>Enter %n scores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightingView</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/presenter_views.py" line="+283"/>
        <source>… and %n more project(s)</source>
        <translation>
            <numerusform>… and %n more project</numerusform>
            <numerusform>… and %n more projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/weighting_weights.py" line="+459"/>
        <source>%n criterion/criteria (%1) lost every comparison and get(s) no weight at all — is that intended?</source>
        <translation>
            <numerusform>%n criterion (%1) lost every comparison and gets no weight at all — is that intended?</numerusform>
            <numerusform>%n criteria (%1) lost every comparison and get no weight at all — is that intended?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n criterion/criteria (%1) got no points and get(s) no weight at all — is that intended?</source>
        <translation>
            <numerusform>%n criterion (%1) got no points and gets no weight at all — is that intended?</numerusform>
            <numerusform>%n criteria (%1) got no points and get no weight at all — is that intended?</numerusform>
        </translation>
    </message>
</context>
</TS>
