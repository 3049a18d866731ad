<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BoardPage</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/simple_pages.py" line="+29"/>
        <source>%n idea card(s)</source>
        <translation>
            <numerusform>%n idea card</numerusform>
            <numerusform>%n idea cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectProperties</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/ui/properties.py" line="+131"/>
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
</TS>
