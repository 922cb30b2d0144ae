<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>and %n more field(s)</source>
        <translation><numerusform>and %n more field</numerusform><numerusform>and %n more fields</numerusform></translation>
    </message>
</context>
<context>
    <name>DeleteNodesCommand</name>
    <message numerus="yes">
        <source>Delete %n line(s)</source>
        <translation><numerusform>Delete %n line</numerusform><numerusform>Delete %n lines</numerusform></translation>
    </message>
</context>
<context>
    <name>MergeLinesCommand</name>
    <message numerus="yes">
        <source>Merge %n line(s)</source>
        <translation><numerusform>Merge %n line</numerusform><numerusform>Merge %n lines</numerusform></translation>
    </message>
</context>
<context>
    <name>MoveNodesCommand</name>
    <message numerus="yes">
        <source>Move %n line(s)</source>
        <translation><numerusform>Move %n line</numerusform><numerusform>Move %n lines</numerusform></translation>
    </message>
</context>
<context>
    <name>VendorPack::LabelPrintController</name>
    <message numerus="yes">
        <source>%n label(s) printed on %1</source>
        <translation><numerusform>%n label printed on %1</numerusform><numerusform>%n labels printed on %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>printed %n time(s)</source>
        <translation><numerusform>printed %n time</numerusform><numerusform>printed %n times</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The label of %1 was printed %n time(s). Why print it again?</source>
        <translation><numerusform>The label of %1 was printed %n time. Why print it again?</numerusform><numerusform>The label of %1 was printed %n times. Why print it again?</numerusform></translation>
    </message>
</context>
<context>
    <name>VendorPack::PackingShipmentBar</name>
    <message numerus="yes">
        <source>sync paused: %n version(s) waiting</source>
        <translation><numerusform>sync paused: %n version waiting</numerusform><numerusform>sync paused: %n versions waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>offline: %n version(s) waiting</source>
        <translation><numerusform>offline: %n version waiting</numerusform><numerusform>offline: %n versions waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n change waiting to be sent</numerusform><numerusform>%n changes waiting to be sent</numerusform></translation>
    </message>
</context>
<context>
    <name>VendorPack::SettingsDialog</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation><numerusform>(and %n more)</numerusform><numerusform>(and %n more)</numerusform></translation>
    </message>
</context>
<context>
    <name>VendorPack::ShipmentTreeModel</name>
    <message numerus="yes">
        <source>%n case(s) of %1</source>
        <translation><numerusform>%n case of %1</numerusform><numerusform>%n cases of %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation><numerusform>%n unit</numerusform><numerusform>%n units</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation><numerusform>%n finding</numerusform><numerusform>%n findings</numerusform></translation>
    </message>
</context>
<context>
    <name>VendorPack::SyncWorker</name>
    <message numerus="yes">
        <source>Version %1 has %n error(s) and is not sent; ChannelEngine keeps version %2.</source>
        <translation><numerusform>Version %1 has %n error and is not sent; ChannelEngine keeps version %2.</numerusform><numerusform>Version %1 has %n errors and is not sent; ChannelEngine keeps version %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Version %1 has %n error(s) and is not sent; ChannelEngine has no version yet.</source>
        <translation><numerusform>Version %1 has %n error and is not sent; ChannelEngine has no version yet.</numerusform><numerusform>Version %1 has %n errors and is not sent; ChannelEngine has no version yet.</numerusform></translation>
    </message>
</context>
</TS>
