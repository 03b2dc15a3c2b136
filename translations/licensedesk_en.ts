<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LicenseDesk::ActivationPreviewDialog</name>
    <message numerus="yes">
        <source>%1: the new license has %2, but %3 are in use — free %n seat(s).</source>
        <extracomment>one blocking module: %1 name, %2 new total, %3 seats in use, then how many to free</extracomment>
        <translation>
            <numerusform>%1: the new license has %2, but %3 are in use — free %n seat.</numerusform>
            <numerusform>%1: the new license has %2, but %3 are in use — free %n seats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ActivationPreviewModel</name>
    <message numerus="yes">
        <source>blocked: free %n seat(s) first</source>
        <translation>
            <numerusform>blocked: free %n seat first</numerusform>
            <numerusform>blocked: free %n seats first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::CommandLine</name>
    <message numerus="yes">
        <source>&quot;%1&quot; takes %n argument(s)</source>
        <translation>
            <numerusform>&quot;%1&quot; takes %n argument</numerusform>
            <numerusform>&quot;%1&quot; takes %n arguments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Cli::TableReport</name>
    <message numerus="yes">
        <source>blocked: remove %n assignment(s)</source>
        <translation>
            <numerusform>blocked: remove %n assignment</numerusform>
            <numerusform>blocked: remove %n assignments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ConnectionTester</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in; read the licenses of %n owner(s).</source>
        <translation>
            <numerusform>Signed in; read the licenses of %n owner.</numerusform>
            <numerusform>Signed in; read the licenses of %n owners.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::Countdown</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ErrorMapper</name>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s). Try again, or allow more time in the connection settings.</source>
        <translation>
            <numerusform>The server %1 did not answer within %n second. Try again, or allow more time in the connection settings.</numerusform>
            <numerusform>The server %1 did not answer within %n seconds. Try again, or allow more time in the connection settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::LicenseTexts</name>
    <message numerus="yes">
        <source>Activation is possible: %n module(s) would change.</source>
        <translation>
            <numerusform>Activation is possible: %n module would change.</numerusform>
            <numerusform>Activation is possible: %n modules would change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activation is blocked: free seats in %n module(s) first.</source>
        <translation>
            <numerusform>Activation is blocked: free seats in %n module first.</numerusform>
            <numerusform>Activation is blocked: free seats in %n modules first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::MainWindow</name>
    <message numerus="yes">
        <source>Copied %n module(s).</source>
        <translation>
            <numerusform>Copied %n module.</numerusform>
            <numerusform>Copied %n modules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseDesk::ModuleUsageModel</name>
    <message numerus="yes">
        <source>%n more seat(s) in use than licensed.</source>
        <translation>
            <numerusform>%n more seat in use than licensed.</numerusform>
            <numerusform>%n more seats in use than licensed.</numerusform>
        </translation>
    </message>
</context>
</TS>
