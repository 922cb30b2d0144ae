<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcknowledgementDialog</name>
    <message>
        <location filename="../ui/acknowledgementdialog.ui" line="14"/>
        <source>Acknowledge purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/acknowledgementdialog.ui" line="29"/>
        <source>Accept what is in stock, backorder the rest where Amazon allows it, reject it otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/acknowledgementdialog.ui" line="32"/>
        <source>&amp;Propose from stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/acknowledgementdialog.ui" line="39"/>
        <source>Accept every line in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/acknowledgementdialog.ui" line="42"/>
        <source>Accept &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/acknowledgementdialog.ui" line="49"/>
        <source>Read stock on hand from a CSV file with the columns SKU and quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/acknowledgementdialog.ui" line="52"/>
        <source>&amp;Import stock CSV...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcknowledgementJson</name>
    <message>
        <location filename="../src/core/acknowledgementjson.cpp" line="85"/>
        <source>an array of lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/acknowledgementjson.cpp" line="86"/>
        <source>a line object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/acknowledgementjson.cpp" line="149"/>
        <source>an acknowledgement must be a JSON object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/acknowledgementjson.cpp" line="174"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcknowledgementProposal</name>
    <message>
        <location filename="../src/core/acknowledgementproposal.cpp" line="128"/>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/acknowledgementproposal.cpp" line="129"/>
        <source>Line %1 (SKU %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/acknowledgementproposal.cpp" line="136"/>
        <source>Line %1 is not a line of purchase order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/acknowledgementproposal.cpp" line="142"/>
        <location filename="../src/core/acknowledgementproposal.cpp" line="202"/>
        <source>%1: a quantity is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/acknowledgementproposal.cpp" line="144"/>
        <source>%1: Amazon allows no backorder on this line; reject the %2 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/acknowledgementproposal.cpp" line="148"/>
        <source>%1: the %2 rejected need a rejection reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/acknowledgementproposal.cpp" line="150"/>
        <source>%1: accepted %2 + backordered %3 + rejected %4 = %5, but %6 are ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/acknowledgementproposal.cpp" line="165"/>
        <location filename="../src/core/acknowledgementproposal.cpp" line="181"/>
        <source>Purchase order %1 has %2 lines, but %3 are acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/acknowledgementproposal.cpp" line="198"/>
        <source>%1: an acknowledgement has no code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcknowledgementSubmission</name>
    <message>
        <location filename="../src/packing/acknowledgementsubmission.cpp" line="104"/>
        <source>Could not read purchase order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/acknowledgementsubmission.cpp" line="105"/>
        <source>Purchase order %1 is not stored on this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/acknowledgementsubmission.cpp" line="108"/>
        <source>Purchase order %1 is %2; it can no longer be acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/acknowledgementsubmission.cpp" line="112"/>
        <source>Purchase order %1 cannot be acknowledged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/acknowledgementsubmission.cpp" line="125"/>
        <location filename="../src/packing/acknowledgementsubmission.cpp" line="130"/>
        <location filename="../src/packing/acknowledgementsubmission.cpp" line="137"/>
        <location filename="../src/packing/acknowledgementsubmission.cpp" line="154"/>
        <source>Could not save the acknowledgement of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/acknowledgementsubmission.cpp" line="132"/>
        <source>the order is no longer stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/acknowledgementsubmission.cpp" line="142"/>
        <source>Could not queue the acknowledgement of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/acknowledgementsubmission.cpp" line="151"/>
        <source>Could not record the acknowledgement of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddCartonCommand</name>
    <message>
        <location filename="../src/packing/addcartoncommand.cpp" line="10"/>
        <source>Add carton</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddItemCommand</name>
    <message>
        <location filename="../src/packing/additemcommand.cpp" line="10"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPalletCommand</name>
    <message>
        <location filename="../src/packing/addpalletcommand.cpp" line="9"/>
        <source>Add pallet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiEnvelope</name>
    <message>
        <location filename="../src/core/apienvelope.cpp" line="40"/>
        <source>an object of message lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/apienvelope.cpp" line="61"/>
        <source>an array of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/apienvelope.cpp" line="170"/>
        <source>not JSON (line %1, column %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/apienvelope.cpp" line="179"/>
        <source>expected a JSON object but found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <location filename="../src/api/apierror.cpp" line="70"/>
        <source>and %n more field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="76"/>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="82"/>
        <source>the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="89"/>
        <source>The ChannelEngine settings are not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="92"/>
        <source>Refused to send the API key over plain http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="95"/>
        <source>Could not reach ChannelEngine for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="98"/>
        <source>ChannelEngine did not answer in time for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="101"/>
        <source>The secure connection to ChannelEngine failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="104"/>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="107"/>
        <source>ChannelEngine did not accept the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="111"/>
        <source>ChannelEngine&apos;s rate limit was reached for %1; it asks to wait %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="114"/>
        <source>ChannelEngine&apos;s rate limit was reached for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="117"/>
        <source>ChannelEngine refused %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="120"/>
        <source>ChannelEngine does not know %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="123"/>
        <source>ChannelEngine refused to change %1 (conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="126"/>
        <source>ChannelEngine failed on %1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="129"/>
        <source>ChannelEngine&apos;s answer for %1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="138"/>
        <source>(request %1, log %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="140"/>
        <source>(request %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="142"/>
        <source>(log %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apierror.cpp" line="171"/>
        <source>refused by ChannelEngine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../src/storage/auditlog.cpp" line="40"/>
        <source>an audit entry needs an action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Barcode</name>
    <message>
        <location filename="../src/labels/barcode.cpp" line="53"/>
        <source>The barcode library could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/barcode.cpp" line="59"/>
        <source>&quot;%1&quot; is not an SSCC element string (00 + 18 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/barcode.cpp" line="68"/>
        <source>&quot;%1&quot; cannot be put in a Code 128 barcode (printable ASCII only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/barcode.cpp" line="85"/>
        <source>The barcode for &quot;%1&quot; could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/barcode.cpp" line="99"/>
        <source>The barcode for &quot;%1&quot; came out empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeHeaderCommand</name>
    <message>
        <location filename="../src/packing/changeheadercommand.cpp" line="7"/>
        <source>Change shipment header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientSettings</name>
    <message>
        <location filename="../src/api/clientsettings.cpp" line="62"/>
        <source>the ChannelEngine settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/clientsettings.cpp" line="70"/>
        <source>the API URL is missing or not a URL (expected https://&lt;tenant&gt;.channelengine.net/api)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/clientsettings.cpp" line="75"/>
        <source>the API URL must start with https:// (it starts with %1://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/clientsettings.cpp" line="78"/>
        <source>the API URL must not contain a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/clientsettings.cpp" line="81"/>
        <source>the API URL must not have a query or fragment; the key goes in the settings, not in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/clientsettings.cpp" line="85"/>
        <source>%1 is not a loopback address; use https:// (plain http:// is allowed only for 127.0.0.1, ::1 and localhost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/clientsettings.cpp" line="89"/>
        <source>no API key is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/clientsettings.cpp" line="95"/>
        <source>the API key contains spaces, control or non-ASCII characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/clientsettings.cpp" line="98"/>
        <source>the timeouts and the response size limit must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/clientsettings.cpp" line="101"/>
        <source>the retry policy needs at least one attempt and a positive deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseCartonCommand</name>
    <message>
        <location filename="../src/packing/closecartoncommand.cpp" line="10"/>
        <source>Close carton</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CupsLabelPrinter</name>
    <message>
        <location filename="../src/labels/cupslabelprinter.cpp" line="20"/>
        <source>ZPL to CUPS queue &quot;%1&quot; (%2 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/cupslabelprinter.cpp" line="26"/>
        <source>&quot;%1&quot; is not a CUPS queue name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/cupslabelprinter.cpp" line="32"/>
        <source>There are no labels to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/cupslabelprinter.cpp" line="40"/>
        <source>Cannot run %1 to print to CUPS queue &quot;%2&quot;: %3 (is cups-client installed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/cupslabelprinter.cpp" line="50"/>
        <source>CUPS queue &quot;%1&quot;: %2 did not finish within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/cupslabelprinter.cpp" line="57"/>
        <source>CUPS queue &quot;%1&quot; refused the labels (%2 exit code %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/cupslabelprinter.cpp" line="60"/>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/storage/database.cpp" line="65"/>
        <source>cannot open the database at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="76"/>
        <source>the database has schema version %1, newer than this program&apos;s version %2; update VendorPack on this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="97"/>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="103"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="123"/>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed (package libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="129"/>
        <source>the database URL is not a valid postgresql://user@host:port/dbname URL without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="163"/>
        <source>the database file cannot use write-ahead logging (journal mode %1); is it on a network drive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="180"/>
        <source>SQL error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <location filename="../src/storage/databasesettings.cpp" line="29"/>
        <source>the database URL is not valid: expected postgresql://user@host:port/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/databasesettings.cpp" line="31"/>
        <source>the database URL must start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/databasesettings.cpp" line="35"/>
        <source>the database URL %1 must not contain a password; keep it in the key store or in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/databasesettings.cpp" line="39"/>
        <source>the database URL %1 has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/databasesettings.cpp" line="41"/>
        <source>the database URL %1 has no user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/databasesettings.cpp" line="44"/>
        <source>the database URL %1 has no database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/databasesettings.cpp" line="49"/>
        <source>the database URL %1 has an option other than sslmode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/databasesettings.cpp" line="69"/>
        <source>the database setting %1 is not a valid sqlite: URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/databasesettings.cpp" line="76"/>
        <source>the database setting must be a file path or a postgresql:// URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteNodesCommand</name>
    <message numerus="yes">
        <location filename="../src/packing/deletenodescommand.cpp" line="25"/>
        <source>Delete %n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileLabelPrinter</name>
    <message>
        <location filename="../src/labels/filelabelprinter.cpp" line="22"/>
        <source>PDF files in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/filelabelprinter.cpp" line="23"/>
        <source>ZPL files (%1 dpi) in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/filelabelprinter.cpp" line="35"/>
        <source>There are no labels to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/filelabelprinter.cpp" line="39"/>
        <source>Cannot create the label folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/filelabelprinter.cpp" line="47"/>
        <source>Label %1 cannot be printed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/filelabelprinter.cpp" line="61"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="82"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="84"/>
        <source>%1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="86"/>
        <source>%1 is %2 MB; at most %3 MB is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="91"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="107"/>
        <source>not valid JSON: line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="158"/>
        <source>expected %1 but found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="165"/>
        <source>unknown field &quot;%1&quot; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="173"/>
        <source>field &quot;%1&quot; is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="202"/>
        <source>%1 must be a string, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="217"/>
        <source>%1 has %2 characters; at most %3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="241"/>
        <location filename="../src/core/jsonfieldreader.cpp" line="282"/>
        <source>%1 %2 is out of range (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="250"/>
        <location filename="../src/core/jsonfieldreader.cpp" line="276"/>
        <source>%1 must be a whole number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="264"/>
        <source>%1 must be a whole number, not the text &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="268"/>
        <source>%1 is written as the text &quot;%2&quot;; read as the number %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="298"/>
        <source>%1 %2 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="313"/>
        <source>%1 must be a number, not the text &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="317"/>
        <source>%1 is written as the text &quot;%2&quot;; read as a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="323"/>
        <source>%1 must be a number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="338"/>
        <source>%1 must be true or false, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="354"/>
        <source>%1 &quot;%2&quot; is not an ISO 8601 date and time (2025-05-23T10:00:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="425"/>
        <source>an object with Height, Width, Length and Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.cpp" line="455"/>
        <source>an object with Value and Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.h" line="168"/>
        <source>%1 &quot;%2&quot; is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsonfieldreader.h" line="173"/>
        <source>%1 &quot;%2&quot; read as %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="54"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="61"/>
        <source>unexpected text after the end of the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="93"/>
        <source>the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="97"/>
        <source>byte 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="103"/>
        <source>expected a value but found the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="122"/>
        <location filename="../src/core/jsondocument.cpp" line="131"/>
        <source>expected a value but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="151"/>
        <source>a number needs digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="157"/>
        <source>a number needs digits after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="168"/>
        <source>a number needs digits in its exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="224"/>
        <location filename="../src/core/jsondocument.cpp" line="234"/>
        <source>a string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="242"/>
        <source>\u needs four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="249"/>
        <source>\u%1 is half of a UTF-16 surrogate pair without its first half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="261"/>
        <source>\u%1 is half of a UTF-16 surrogate pair without its second half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="271"/>
        <source>invalid escape sequence \%1 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="275"/>
        <source>a control character (0x%1) inside a string must be escaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="279"/>
        <source>invalid UTF-8 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="293"/>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="323"/>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="345"/>
        <source>expected a field name in quotes but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="353"/>
        <source>expected &apos;:&apos; after a field name but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="372"/>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/jsondocument.cpp" line="403"/>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelBuilder</name>
    <message>
        <location filename="../src/labels/labelbuilder.cpp" line="159"/>
        <source>No ship-to address for FC &quot;%1&quot;: none of the packed purchase orders (%2) gives one, and a label cannot be printed without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelbuilder.cpp" line="162"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelbuilder.cpp" line="187"/>
        <source>No ship-from address for &quot;%1&quot;: set the station&apos;s ship-from address (or give the purchase orders a selling party with an address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelbuilder.cpp" line="207"/>
        <source>%1 %2 of %3 has no valid SSCC (&quot;%4&quot;): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelbuilder.cpp" line="208"/>
        <source>Pallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelbuilder.cpp" line="208"/>
        <source>Carton</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelFonts</name>
    <message>
        <location filename="../src/labels/labelfonts.cpp" line="64"/>
        <source>The label font %1 (package fonts-dejavu-core) could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelScene</name>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="53"/>
        <source>The %1 does not fit its zone on the label even at the smallest type (%2 lines): shorten it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="61"/>
        <source>The %1 has characters that the label font (DejaVu Sans) cannot show, &quot;%2&quot;: check the printed label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="169"/>
        <source>SHIP FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="171"/>
        <source>ship-from address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="175"/>
        <source>SHIP TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="194"/>
        <source>FC code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="196"/>
        <source>ship-to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="200"/>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="202"/>
        <source>CARRIER: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="203"/>
        <source>PRO: %1   BOL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="206"/>
        <source>carrier line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="211"/>
        <source>PURCHASE ORDERS (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="211"/>
        <source>PURCHASE ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="217"/>
        <source>PO: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="217"/>
        <location filename="../src/labels/labelscene.cpp" line="233"/>
        <source>PO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="225"/>
        <source>The PO number &quot;%1&quot; cannot be put in a Code 128 barcode; the label shows it as text only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="231"/>
        <source>list of PO numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="233"/>
        <source>NONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="238"/>
        <source>PALLET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="238"/>
        <source>CARTON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="242"/>
        <source>%1 OF %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="242"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="247"/>
        <source>SHIPMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="248"/>
        <source>WEIGHT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="249"/>
        <source>shipment line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="257"/>
        <source>CARTONS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="258"/>
        <location filename="../src/labels/labelscene.cpp" line="288"/>
        <source>QTY: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="259"/>
        <source>WEIGHT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="260"/>
        <source>pallet contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="267"/>
        <source>MIXED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="267"/>
        <source>SKUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="267"/>
        <location filename="../src/labels/labelscene.cpp" line="272"/>
        <source>marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="272"/>
        <source>SINGLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="272"/>
        <location filename="../src/labels/labelscene.cpp" line="275"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="278"/>
        <source>CONTENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="282"/>
        <source>MIXED SKUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="283"/>
        <source>%1 SKUS   QTY: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="284"/>
        <location filename="../src/labels/labelscene.cpp" line="289"/>
        <source>contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="287"/>
        <source>SKU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="295"/>
        <source>SSCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="301"/>
        <location filename="../src/labels/labelscene.cpp" line="375"/>
        <source>SSCC line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="316"/>
        <source>TEST LABEL - DO NOT SHIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="317"/>
        <source>Stock: %1 (%2 x %3 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="329"/>
        <source>Printer: %1 dpi (%2 dots/mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="332"/>
        <source>X-dimension: %1 mm = %2 dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="335"/>
        <source>Quiet zone: %1 X = %2 mm = %3 dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="339"/>
        <source>Bar height: %1 mm = %2 dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="345"/>
        <source>Printer: PDF (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="346"/>
        <source>X-dimension: %1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="347"/>
        <source>Quiet zone: %1 X = %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="350"/>
        <source>Bar height: %1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="352"/>
        <source>The marks under the barcode span its quiet zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="354"/>
        <source>test text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelscene.cpp" line="357"/>
        <source>SSCC (SAMPLE)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelService</name>
    <message>
        <location filename="../src/labels/labelservice.cpp" line="23"/>
        <source>SSCC %1 is not in the ledger: only SSCCs drawn or recorded here are printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelservice.cpp" line="30"/>
        <source>SSCC %1 was voided (%2): it can never be printed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelservice.cpp" line="35"/>
        <source>SSCC %1 has shipped: its label is not printed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelservice.cpp" line="41"/>
        <source>Not printed on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelservice.cpp" line="47"/>
        <source>SSCC %1 was printed but the ledger could not record it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelservice.cpp" line="59"/>
        <source>Say why SSCC %1 is voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelservice.cpp" line="68"/>
        <source>Wrong label: scanned SSCC %1, this container is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelservice.cpp" line="75"/>
        <source>SSCC %1 is not in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelservice.cpp" line="79"/>
        <source>SSCC %1 was voided (%2): take this label off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/labelservice.cpp" line="83"/>
        <source>SSCC %1 has not been printed here: print its label first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestBuilder</name>
    <message>
        <location filename="../src/labels/manifestbuilder.cpp" line="48"/>
        <source>MIXED SKUS (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestbuilder.cpp" line="76"/>
        <source>CASES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestbuilder.cpp" line="76"/>
        <source>EACHES</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestDocument</name>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="125"/>
        <source>PALLET MANIFEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="127"/>
        <source>Pallet %1 of %2 · page %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="135"/>
        <source>Shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="137"/>
        <source> · carrier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="138"/>
        <source> · PRO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="139"/>
        <source> · BOL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="145"/>
        <source>SHIP FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="146"/>
        <source>SHIP TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="153"/>
        <source>FC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="159"/>
        <source>PO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="162"/>
        <source>PALLET SSCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="216"/>
        <source>Cartons (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="220"/>
        <source>CARTON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="220"/>
        <source>SSCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="220"/>
        <source>CONTENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="220"/>
        <source>UNITS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="220"/>
        <source>WEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="226"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="231"/>
        <source>SKUs (%1 lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="235"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="235"/>
        <source>PO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="235"/>
        <source>QUANTITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="235"/>
        <source>UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="235"/>
        <source>EACHES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="245"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="253"/>
        <source>Cartons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="254"/>
        <source>Units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="255"/>
        <source>Weight: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="255"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="307"/>
        <source>There is no pallet to write a manifest for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="311"/>
        <source>Pallet manifest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/manifestdocument.cpp" line="312"/>
        <source>%1 pallet manifests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MerchantShipmentJson</name>
    <message>
        <location filename="../src/core/merchantshipmentjson.cpp" line="171"/>
        <source>an array of lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/merchantshipmentjson.cpp" line="172"/>
        <source>a line object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/merchantshipmentjson.cpp" line="271"/>
        <source>a merchant shipments listing must be a JSON object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/merchantshipmentjson.cpp" line="281"/>
        <source>an array of shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/merchantshipmentjson.cpp" line="281"/>
        <source>a shipment object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeLinesCommand</name>
    <message numerus="yes">
        <location filename="../src/packing/mergelinescommand.cpp" line="11"/>
        <source>Merge %n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../src/storage/migrations.cpp" line="389"/>
        <source>the database has schema version %1, newer than this program&apos;s version %2; update VendorPack on this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/migrations.cpp" line="416"/>
        <source>migration to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveNodesCommand</name>
    <message>
        <location filename="../src/packing/movenodescommand.cpp" line="11"/>
        <source>Move line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/packing/movenodescommand.cpp" line="12"/>
        <source>Move %n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersJson</name>
    <message>
        <location filename="../src/core/ordersjson.cpp" line="178"/>
        <source>an array of purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ordersjson.cpp" line="195"/>
        <source>a purchase order object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ordersjson.cpp" line="213"/>
        <source>purchase order %1 is already given at %2; this one is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ordersjson.cpp" line="306"/>
        <source>a party object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ordersjson.cpp" line="366"/>
        <source>an import information object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ordersjson.cpp" line="402"/>
        <source>an array of purchase order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ordersjson.cpp" line="415"/>
        <source>a purchase order line object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ordersjson.cpp" line="597"/>
        <source>an orders document must be the response of GET /v2/purchase-orders (an object) or an array of purchase orders, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../src/storage/outbox.cpp" line="67"/>
        <source>an outbox entry needs a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/outbox.cpp" line="96"/>
        <source>the outbox entry was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/outbox.cpp" line="134"/>
        <location filename="../src/storage/outbox.cpp" line="182"/>
        <source>there is no outbox entry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackingEdit</name>
    <message>
        <location filename="../src/packing/packingedit.cpp" line="109"/>
        <source>no GS1 company prefix is set for this station: set it in the settings before adding cartons or pallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingedit.cpp" line="123"/>
        <source>no SSCC could be allocated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingedit.cpp" line="127"/>
        <source>only %1 SSCC serials are left in the range of company prefix %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingedit.cpp" line="145"/>
        <source>the label %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingedit.cpp" line="157"/>
        <source>the SSCC ledger cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingedit.cpp" line="163"/>
        <source>SSCC %1 cannot be voided: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingedit.cpp" line="193"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackingUnits</name>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="22"/>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="24"/>
        <source>ft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="26"/>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="28"/>
        <source>yd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="39"/>
        <source>g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="41"/>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="43"/>
        <source>oz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="45"/>
        <source>lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="73"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="74"/>
        <source>Oversized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="75"/>
        <source>Fragile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="76"/>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="77"/>
        <source>Handle with care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="83"/>
        <location filename="../src/ui/packingunits.cpp" line="92"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="84"/>
        <source>Truck load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="85"/>
        <source>Less than truck load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="86"/>
        <source>Small parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="93"/>
        <source>Road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="94"/>
        <source>Air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingunits.cpp" line="95"/>
        <source>Ocean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfLabelWriter</name>
    <message>
        <location filename="../src/labels/pdflabelwriter.cpp" line="27"/>
        <source>There are no labels to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/pdflabelwriter.cpp" line="36"/>
        <source>SSCC label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/pdflabelwriter.cpp" line="37"/>
        <source>%1 SSCC labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/pdflabelwriter.cpp" line="43"/>
        <source>The PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/pdflabelwriter.cpp" line="49"/>
        <source>The PDF writer refused a new page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/pdflabelwriter.cpp" line="59"/>
        <location filename="../src/labels/pdflabelwriter.cpp" line="66"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparedStatement</name>
    <message>
        <location filename="../src/storage/preparedstatement.h" line="59"/>
        <source>SQL error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterSettings</name>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="55"/>
        <source>PDF files in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="57"/>
        <source>ZPL files in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="59"/>
        <source>Printer of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="61"/>
        <source>ZPL to a CUPS queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="63"/>
        <source>ZPL to a network printer (TCP 9100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="70"/>
        <source>Pallet labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="70"/>
        <source>Carton labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="75"/>
        <source>A6 (105 × 148 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="75"/>
        <source>4 × 6 in (102 × 152 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="129"/>
        <source>is empty; choose the folder the label files go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="131"/>
        <source>&apos;%1&apos; is not a full path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="135"/>
        <source>&apos;%1&apos; is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="137"/>
        <source>the folder &apos;%1&apos; cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="145"/>
        <source>&apos;%1&apos; cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="149"/>
        <source>&apos;%1&apos; cannot be created: %2 is not a folder that can be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="158"/>
        <source>is empty; enter the printer&apos;s host name or IP address, e.g. 10.0.0.5:9100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="166"/>
        <source>the port in &apos;%1&apos; must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="171"/>
        <source>&apos;%1&apos; is not host:port (e.g. 10.0.0.5:9100 or zebra-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="183"/>
        <source>is empty; enter the CUPS queue name (lpstat -p lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="186"/>
        <source>&apos;%1&apos; may not hold spaces, / or #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="193"/>
        <source>is empty; choose a printer of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="221"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="221"/>
        <source>must be 203 or 300 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="223"/>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="223"/>
        <source>must be 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.cpp" line="232"/>
        <source>The printer settings cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.h" line="74"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.h" line="75"/>
        <source>Printer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.h" line="76"/>
        <source>CUPS queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/printersettings.h" line="77"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="291"/>
        <source>cannot read the product file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="294"/>
        <source>the product file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="310"/>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="312"/>
        <source>the product file is empty; it needs a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="322"/>
        <source>line %1: the header row has no SKU column (expected columns: SKU, GTIN, description, unit weight, length, width, height, case pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="340"/>
        <source>the SKU is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="347"/>
        <source>GTIN &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="350"/>
        <source>GTIN %1 has %2 digits; a GTIN has 8, 12, 13 or 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="354"/>
        <source>GTIN %1 has a wrong check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="362"/>
        <source>unit weight &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="368"/>
        <source>unit weight &apos;%1&apos; has no unit (g, kg, oz or lb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="371"/>
        <source>unit weight &apos;%1&apos;: &apos;%2&apos; is not a weight unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="373"/>
        <source>unit weight &apos;%1&apos; is not above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="379"/>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="380"/>
        <source>width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="381"/>
        <source>height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="389"/>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="395"/>
        <source>%1 &apos;%2&apos; has no unit (in, ft, m, cm, mm or yd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="399"/>
        <source>%1 &apos;%2&apos;: &apos;%3&apos; is not a length unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="401"/>
        <source>%1 &apos;%2&apos; is not above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="422"/>
        <source>case pack &apos;%1&apos; is not a whole number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="432"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="469"/>
        <source>line %1: GTIN %2 already belongs to SKU %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="496"/>
        <source>the database returned no id for SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseOrderRepository</name>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="214"/>
        <source>a purchase order from the API has no ChannelPurchaseOrderNo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="242"/>
        <source>the database returned no id for purchase order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="379"/>
        <source>the stored purchase orders cannot be read back (%1 of %2 read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="461"/>
        <source>purchase order %1 is not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="467"/>
        <source>purchase order %1 has no line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="470"/>
        <source>line %1 (SKU %2) of purchase order %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="478"/>
        <source>%1: an acknowledgement has no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="480"/>
        <source>%1: a quantity is negative (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="483"/>
        <source>%1: %2 rejected units have no rejection reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="489"/>
        <source>%1: the acknowledged quantities add up to %2, but the line orders %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrinterLabelPrinter</name>
    <message>
        <location filename="../src/labels/qprinterlabelprinter.cpp" line="21"/>
        <source>printer &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/qprinterlabelprinter.cpp" line="29"/>
        <source>The printer &quot;%1&quot; is not installed on this computer (installed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/qprinterlabelprinter.cpp" line="31"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/qprinterlabelprinter.cpp" line="41"/>
        <source>There are no labels to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/qprinterlabelprinter.cpp" line="48"/>
        <source>Label %1 cannot be printed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/qprinterlabelprinter.cpp" line="63"/>
        <source>The printer &quot;%1&quot; did not accept the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/qprinterlabelprinter.cpp" line="69"/>
        <source>The printer &quot;%1&quot; failed while printing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelabelNodeCommand</name>
    <message>
        <location filename="../src/packing/relabelnodecommand.cpp" line="9"/>
        <source>Relabel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../src/core/rules.cpp" line="14"/>
        <source>the file cannot be read (missing, a folder, too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="16"/>
        <source>ChannelEngine refused a field of the pushed shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="18"/>
        <source>the same PO number twice in an orders file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="19"/>
        <source>the file is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="21"/>
        <source>a value has the wrong JSON type, or a date is not ISO 8601</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="23"/>
        <source>a value is not in the field&apos;s enumeration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="25"/>
        <source>an alias was accepted; output uses the canonical value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="27"/>
        <source>a number was given as a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="29"/>
        <source>a field the API does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="31"/>
        <source>a string is longer than the API allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="33"/>
        <source>ChannelId missing or not a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="35"/>
        <source>MerchantShipmentNo missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="37"/>
        <source>SellingPartyId, ShipFromPartyId or ShipToPartyId missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="39"/>
        <source>BillOfLadingNo missing for a truck load or less than truck load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="42"/>
        <source>CarrierShipmentNo missing for an FC in the US, CA or MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="44"/>
        <source>EstimatedDeliveryDate before ShipmentDate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="46"/>
        <source>the shipment has no lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="48"/>
        <source>Dimensions without all of Height, Width and Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="50"/>
        <source>Dimensions without a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="52"/>
        <source>a dimension is zero or negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="54"/>
        <source>Weight without Value or Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="56"/>
        <source>a weight is zero or negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="58"/>
        <source>Type, IdentifierType or IdentifierValue missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="60"/>
        <source>SSCC on an ITEM, or SKU/GTIN on a CARTON or PALLET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="62"/>
        <source>a PALLET anywhere but the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="64"/>
        <source>a CARTON inside a CARTON or an ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="66"/>
        <source>an ITEM at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="68"/>
        <source>an ITEM with Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="70"/>
        <source>a CARTON or PALLET with no ITEM below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="72"/>
        <source>deeper than PALLET, CARTON, ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="74"/>
        <source>a PALLET without LayersPerPallet and ItemsPerLayer (both at least 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="77"/>
        <source>LayersPerPallet or ItemsPerLayer on a CARTON or ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="79"/>
        <source>an ITEM without a Quantity of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="81"/>
        <source>a Quantity other than 1 on a CARTON or PALLET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="83"/>
        <source>CASES without UnitsPerCase of at least 1, or UnitsPerCase with EACHES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="86"/>
        <source>an ITEM without ChannelPurchaseOrderNo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="88"/>
        <source>ChannelPurchaseOrderNo, LotNo or ExpiryDate on a CARTON or PALLET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="91"/>
        <source>an SSCC that is not 18 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="93"/>
        <source>an SSCC whose GS1 check digit is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="95"/>
        <source>the same SSCC twice in one shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="97"/>
        <source>an SSCC the ledger shows on another shipment in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="100"/>
        <source>the children&apos;s declared weights add up to more than the container&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="103"/>
        <source>a child&apos;s sorted dimensions exceed its container&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="105"/>
        <source>ChannelPurchaseOrderNo is not one of the known POs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="107"/>
        <source>the SKU or GTIN is not a line of that PO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="109"/>
        <source>the PO is CANCELLED, SHIPPED, CLOSED or INVOICED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="111"/>
        <source>units packed for a line that was acknowledged REJECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="113"/>
        <source>more units of a PO line packed than accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="115"/>
        <source>ShipToPartyId differs from a packed PO&apos;s ship-to party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="117"/>
        <source>SellingPartyId differs from a packed PO&apos;s selling party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="119"/>
        <source>ShipmentDate outside a packed PO&apos;s ship window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="121"/>
        <source>units packed for a line that is not acknowledged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="123"/>
        <source>accepted units not packed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="125"/>
        <source>a carton holds items of too many POs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="127"/>
        <source>a carton heavier than the team-lift limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="129"/>
        <source>a pallet heavier than the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="131"/>
        <source>a pallet taller than the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="133"/>
        <source>a top-level CARTON in a truck load or less than truck load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="135"/>
        <source>a pallet with more than one SKU: print the MIXED SKUS label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="137"/>
        <source>ExpiryDate too soon after ShipmentDate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="139"/>
        <source>a carton&apos;s weight differs from the product master&apos;s expected weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/rules.cpp" line="142"/>
        <source>the header Weight is less than the sum of the top-level weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanParser</name>
    <message>
        <location filename="../src/core/scanparser.cpp" line="63"/>
        <source>looks like two scans run together: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="213"/>
        <source>AI (%1) at character %2 holds %3 digits in a row from character %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="222"/>
        <source>AI (%1) at character %2 has no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="228"/>
        <source>AI (%1) at character %2 needs %3 digits, this has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="230"/>
        <source>AI (%1) at character %2 needs %3 characters, this has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="237"/>
        <source>AI (%1) at character %2 takes %3 to %4 characters, this has %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="251"/>
        <source>AI (%1) at character %2: space at character %3 inside the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="256"/>
        <source>AI (%1) at character %2 takes digits only, found &quot;%3&quot; at character %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="258"/>
        <source>AI (%1) at character %2: &quot;%3&quot; at character %4 is not allowed in GS1 data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="266"/>
        <source>AI (%1) at character %2: check digit is %3, expected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="274"/>
        <source>AI (%1) at character %2: %3 is not a date (YYMMDD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="280"/>
        <source>AI (37) at character %1: the count must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="291"/>
        <source>AI (%1) appears twice, at characters %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="309"/>
        <source>expected an Application Identifier (digits) at character %1, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="315"/>
        <location filename="../src/core/scanparser.cpp" line="397"/>
        <source>unknown Application Identifier (%1) at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="328"/>
        <source>no GS1 data, only a group separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="332"/>
        <source>two group separators in a row at character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="388"/>
        <source>expected an Application Identifier in parentheses at character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="422"/>
        <source>AI (%1) at character %2: unexpected %3 at character %4 inside the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="426"/>
        <source>group separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="426"/>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="467"/>
        <source>no GS1 data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="472"/>
        <source>AI (%1) at character %2 cannot be combined with AI (%3) at character %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="489"/>
        <source>an SSCC at character %1 and a GTIN at character %2 without a symbology identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="496"/>
        <source>AI (02) at character %1 needs its count, AI (37), in the same barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="502"/>
        <source>AI (37) at character %1 needs the content, AI (02), in the same barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="526"/>
        <source>no SSCC or GTIN in this barcode, only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="623"/>
        <source>it starts with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="627"/>
        <source>it ends with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="650"/>
        <source>too long for an SKU: %1 characters, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="658"/>
        <source>%1 digits in a row from character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="700"/>
        <source>not a valid SSCC: check digit is %1, expected %2 (or two scans run together: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="707"/>
        <source>not a valid SSCC: check digit is %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="712"/>
        <source>%1 digits, and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="714"/>
        <source>%1 digits are neither a GTIN (8, 12, 13 or 14 digits) nor an SSCC (18 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="730"/>
        <source>a quantity from 1 to %1 must follow &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="740"/>
        <source>quantity %1 is out of range: use 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="774"/>
        <source>parts separated by spaces, from character %1, each read as a scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="779"/>
        <source>unexpected space at character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="813"/>
        <source>&quot;]&quot; at character %1 does not start a symbology identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="821"/>
        <source>no data after the symbology identifier ]%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="831"/>
        <source>an EAN/UPC symbol (]%1) carries %2 digits with a valid check digit, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="849"/>
        <source>the scan is too long: %1 characters, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="860"/>
        <source>empty scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="865"/>
        <source>a line break or tab at character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="870"/>
        <source>control character 0x%1 at character %2: only the group separator 0x1D may be in a scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="877"/>
        <source>unprintable character U+%1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/scanparser.cpp" line="889"/>
        <source>a second symbology identifier &quot;%1&quot; at character %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <location filename="../src/storage/settingsrepository.cpp" line="91"/>
        <source>a setting needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/settingsrepository.cpp" line="92"/>
        <source>the setting %1 looks like a secret; secrets belong in the key store, never in the settings table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentGenerator</name>
    <message>
        <location filename="../src/core/generator.cpp" line="600"/>
        <location filename="../src/core/generator.cpp" line="872"/>
        <source>the channel id must be a positive number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/generator.cpp" line="604"/>
        <location filename="../src/core/generator.cpp" line="876"/>
        <source>the vendor code must have 1 to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/generator.cpp" line="793"/>
        <source>pallets (1 to %1), cartons per pallet (1 to %2) and SKUs per carton (1 to %3) are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/generator.cpp" line="805"/>
        <source>company prefix %1 leaves room for %2 serial numbers, but %3 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/generator.cpp" line="868"/>
        <source>no NEW or IN_PROGRESS purchase order with units to pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentJson</name>
    <message>
        <location filename="../src/core/shipmentjson.cpp" line="123"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/shipmentjson.cpp" line="163"/>
        <source>the document has no Model, so no shipment lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/shipmentjson.cpp" line="268"/>
        <source>an array of lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/shipmentjson.cpp" line="288"/>
        <source>a line object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/shipmentjson.cpp" line="386"/>
        <source>lines nested deeper than %1 levels are not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/shipmentjson.cpp" line="502"/>
        <source>a shipment document must be a JSON object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentRepository</name>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="321"/>
        <source>a shipment needs a MerchantShipmentNo to be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="345"/>
        <source>a shipment with MerchantShipmentNo %1 is already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="421"/>
        <location filename="../src/storage/shipmentrepository.cpp" line="492"/>
        <source>there is no shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="437"/>
        <location filename="../src/storage/shipmentrepository.cpp" line="607"/>
        <location filename="../src/storage/shipmentrepository.cpp" line="873"/>
        <location filename="../src/storage/shipmentrepository.cpp" line="937"/>
        <source>there is no shipment with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="504"/>
        <source>shipment %1 has an unknown status &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="532"/>
        <source>shipment %1 could not be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="538"/>
        <source>shipment %1 has %2 stored nodes, of which %3 could be read into the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="615"/>
        <source>another station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="621"/>
        <source>shipment %1 was changed at station %2 (version %3); reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="655"/>
        <source>node %1 has no pallet, carton or item type; the shipment cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="712"/>
        <location filename="../src/storage/shipmentrepository.cpp" line="750"/>
        <source>a change needs an audit entry with an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="797"/>
        <source>the lease on shipment %1 changed meanwhile; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="801"/>
        <source>the shipment is open at station %1 (%2) until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="810"/>
        <location filename="../src/storage/shipmentrepository.cpp" line="833"/>
        <source>a lease needs a station name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="849"/>
        <source>%1 is not an active user; only a supervisor can take a shipment over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="855"/>
        <source>%1 is a %2; only a supervisor can take a shipment over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteSettings</name>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="152"/>
        <source>Small 12x10x8 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="153"/>
        <source>Medium 18x14x12 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="154"/>
        <source>Large 24x18x18 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="155"/>
        <source>EUR 1200x800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="231"/>
        <source>is empty; enter the prefix GS1 gave your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="233"/>
        <source>&apos;%1&apos; must be digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="235"/>
        <source>has %1 digits; a GS1 company prefix has 6 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="243"/>
        <location filename="../src/ui/settings/sitesettings.cpp" line="269"/>
        <source>must be one digit, 0 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="250"/>
        <source>has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="252"/>
        <source>&apos;%1&apos; needs a length, a width and a height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="256"/>
        <source>&apos;%1&apos;: every side must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="259"/>
        <source>&apos;%1&apos; is longer than 3 m; check the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="271"/>
        <source>is empty; labels print it as the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="275"/>
        <source>POs per carton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="276"/>
        <source>must be 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="279"/>
        <source>Carton weight limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="279"/>
        <source>must be 1 to 100 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="282"/>
        <source>Pallet weight limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="282"/>
        <source>must be 50 to 2000 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="285"/>
        <source>Pallet height limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="285"/>
        <source>must be 0.5 to 3 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="287"/>
        <source>Minimum shelf life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="287"/>
        <source>must be 0 to 3650 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="289"/>
        <source>Weight tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="289"/>
        <source>must be 0 to 50 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="291"/>
        <source>SSCC reuse period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.cpp" line="291"/>
        <source>must be 1 to 120 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.h" line="49"/>
        <source>GS1 company prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.h" line="50"/>
        <source>Extension digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.h" line="51"/>
        <source>Ship-from name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/sitesettings.h" line="52"/>
        <source>Carton type %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitLineCommand</name>
    <message>
        <location filename="../src/packing/splitlinecommand.cpp" line="10"/>
        <source>Move %1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/splitlinecommand.cpp" line="10"/>
        <source>Split line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sscc</name>
    <message>
        <location filename="../src/core/sscc.cpp" line="24"/>
        <source>the extension digit must be 0 to 9, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sscc.cpp" line="28"/>
        <source>a GS1 company prefix has %1 to %2 digits, this has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sscc.cpp" line="34"/>
        <source>the GS1 company prefix must be digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sscc.cpp" line="38"/>
        <source>serial reference %1 does not fit: after a %2-digit company prefix it has %3 digits, so at most %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sscc.cpp" line="63"/>
        <source>an SSCC has only digits, this has &quot;%1&quot; at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sscc.cpp" line="68"/>
        <source>an SSCC has %1 digits, this has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sscc.cpp" line="73"/>
        <source>check digit is %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SsccLedger</name>
    <message>
        <location filename="../src/storage/ssccledger.cpp" line="94"/>
        <source>the GS1 company prefix must be 6 to 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/ssccledger.cpp" line="96"/>
        <source>the SSCC extension digit must be 0 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/ssccledger.cpp" line="98"/>
        <source>the serial range %1 to %2 does not fit a %3-digit company prefix (at most %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/ssccledger.cpp" line="131"/>
        <source>serials up to %1 were already drawn; the range cannot end before that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/ssccledger.cpp" line="152"/>
        <source>the GS1 company prefix (6 to 12 digits) or extension digit is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/ssccledger.cpp" line="181"/>
        <source>no SSCC serial range is set up for company prefix %1 and extension digit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/ssccledger.cpp" line="185"/>
        <source>the SSCC serial range of company prefix %1 is used up (last serial %2); set up a new range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/ssccledger.cpp" line="233"/>
        <source>too many serials in a row are taken by external labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/ssccledger.cpp" line="248"/>
        <source>the external SSCC %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/ssccledger.cpp" line="258"/>
        <source>SSCC %1 is already in the ledger (%2); an SSCC is never used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/ssccledger.cpp" line="306"/>
        <source>SSCC %1 is %2 and cannot become %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/ssccledger.cpp" line="308"/>
        <location filename="../src/storage/ssccledger.cpp" line="337"/>
        <source>SSCC %1 is not in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/ssccledger.cpp" line="335"/>
        <source>SSCC %1 is %2 and cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/ssccledger.cpp" line="361"/>
        <source>voiding SSCC %1 needs a reason and a user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <location filename="../src/packing/station.cpp" line="25"/>
        <source>Could not read the product catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationSettings</name>
    <message>
        <location filename="../src/ui/settings/stationsettings.cpp" line="53"/>
        <source>is empty; enter the base URL ChannelEngine gave you, https://&lt;tenant&gt;.channelengine.net/api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/stationsettings.cpp" line="57"/>
        <source>&apos;%1&apos; is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/stationsettings.cpp" line="64"/>
        <source>plain http:// is only for this computer (127.0.0.1); use https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/stationsettings.cpp" line="66"/>
        <source>must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/stationsettings.cpp" line="74"/>
        <source>is empty; enter the channel&apos;s number from ChannelEngine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/stationsettings.cpp" line="76"/>
        <source>&apos;%1&apos; is not a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/stationsettings.cpp" line="94"/>
        <source>is empty; other stations show it as &quot;open at station ...&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/stationsettings.cpp" line="96"/>
        <source>is longer than 40 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/stationsettings.cpp" line="100"/>
        <source>may hold only letters, digits, spaces and . - / #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/stationsettings.cpp" line="113"/>
        <source>is empty; the audit trail records who did what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/stationsettings.cpp" line="117"/>
        <source>must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/stationsettings.h" line="38"/>
        <source>Station name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/stationsettings.h" line="39"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/stationsettings.h" line="40"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/stationsettings.h" line="41"/>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/stationsettings.h" line="42"/>
        <source>Channel id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockLevels</name>
    <message>
        <location filename="../src/core/stocklevels.cpp" line="105"/>
        <source>cannot read the stock file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/stocklevels.cpp" line="110"/>
        <source>cannot read the stock file: it is not open for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/stocklevels.cpp" line="116"/>
        <source>the stock file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/stocklevels.cpp" line="138"/>
        <source>the stock file is empty; it needs rows of SKU and quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/stocklevels.cpp" line="166"/>
        <source>line %1: the stock file needs two columns, SKU and quantity, separated by commas or semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/stocklevels.cpp" line="172"/>
        <source>line %1: the header names %2 but not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/stocklevels.cpp" line="174"/>
        <source>a quantity column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/stocklevels.cpp" line="174"/>
        <source>a SKU column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/stocklevels.cpp" line="175"/>
        <source>the SKU column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/stocklevels.cpp" line="175"/>
        <source>the quantity column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/stocklevels.cpp" line="196"/>
        <source>line %1: the SKU is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/stocklevels.cpp" line="200"/>
        <source>line %1: SKU %2 has no quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/stocklevels.cpp" line="205"/>
        <source>line %1: quantity &apos;%2&apos; of SKU %3 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/stocklevels.cpp" line="211"/>
        <source>line %1: quantity %2 of SKU %3 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/stocklevels.cpp" line="218"/>
        <source>line %1: SKU %2 is listed again (first on line %3); the first quantity is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/stocklevels.cpp" line="229"/>
        <source>the stock file has no rows of SKU and quantity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockRepository</name>
    <message>
        <location filename="../src/storage/stockrepository.cpp" line="42"/>
        <source>a stock level needs a SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/stockrepository.cpp" line="47"/>
        <source>the stock of SKU %1 cannot be negative (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/stockrepository.cpp" line="65"/>
        <source>line %1: SKU &apos;%2&apos; with quantity %3 cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/stockrepository.cpp" line="74"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStateStore</name>
    <message>
        <location filename="../src/sync/syncstatestore.cpp" line="153"/>
        <source>Shipment %1 is delivered: ChannelEngine accepts no more updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncstatestore.cpp" line="176"/>
        <source>there is no shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncstatestore.cpp" line="410"/>
        <source>refused by ChannelEngine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpLabelPrinter</name>
    <message>
        <location filename="../src/labels/tcplabelprinter.cpp" line="21"/>
        <source>ZPL to %1:%2 (%3 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/tcplabelprinter.cpp" line="29"/>
        <source>There are no labels to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/tcplabelprinter.cpp" line="35"/>
        <source>The label printer at %1:%2 cannot be reached: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/tcplabelprinter.cpp" line="53"/>
        <source>The label printer at %1:%2 did not take the labels: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../src/storage/transaction.cpp" line="22"/>
        <source>a transaction is already open on this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/transaction.cpp" line="39"/>
        <source>no transaction is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/transaction.cpp" line="45"/>
        <source>the transaction was rolled back because a statement in it failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnpackNodeCommand</name>
    <message>
        <location filename="../src/packing/unpacknodecommand.cpp" line="9"/>
        <source>Unpack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../src/core/validator.cpp" line="63"/>
        <source>Dimensions without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="68"/>
        <source>Dimensions without a Unit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="77"/>
        <source>a dimension must be greater than 0, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="86"/>
        <source>Weight without a Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="87"/>
        <source>Weight without a Unit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="92"/>
        <source>a weight must be greater than 0, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="319"/>
        <source>ChannelId is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="323"/>
        <source>ChannelId must be a positive whole number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="331"/>
        <source>MerchantShipmentNo is missing; it identifies the shipment for every later update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="343"/>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="350"/>
        <source>BillOfLadingNo is required for a %1 shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="358"/>
        <source>CarrierShipmentNo (the PRO number) is required: FC %1 is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="365"/>
        <source>EstimatedDeliveryDate %1 is before ShipmentDate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="380"/>
        <source>the shipment has no lines: add at least one pallet or carton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="390"/>
        <source>the header Weight %1 is less than the top-level lines&apos; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="406"/>
        <source>SSCC %1 is used %2 times in this shipment; every carton and pallet needs its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="435"/>
        <source>PO %1 ships to %2, but the shipment goes to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="442"/>
        <source>PO %1 was ordered from selling party %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="452"/>
        <source>ShipmentDate %1 is outside the ship window of PO %2 (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="470"/>
        <source>%1 units of %2 on PO %3 are packed, but only %4 are %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="474"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="474"/>
        <source>ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="477"/>
        <source>%1 of %2 accepted units of %3 on PO %4 are packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="512"/>
        <source>Type is missing (ITEM, CARTON or PALLET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="516"/>
        <source>IdentifierType is missing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="521"/>
        <source>IdentifierValue is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="526"/>
        <source>an ITEM is identified by SKU or GTIN, not by SSCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="532"/>
        <source>a %1 is identified by its SSCC, not by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="539"/>
        <source>SSCC &quot;%1&quot; must be 18 digits; it has %2 characters%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="542"/>
        <source>, not all digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="549"/>
        <source>SSCC %1 ends in check digit %2, but it must be %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="562"/>
        <source>SSCC %1 was used on shipment %2 within the last %3 months; an SSCC is never reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="575"/>
        <source>a PALLET can only be at the top level, not inside a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="580"/>
        <source>a CARTON cannot be inside a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="583"/>
        <source>an ITEM cannot be at the top level: put it in a carton or on a pallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="588"/>
        <source>an ITEM cannot contain lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="592"/>
        <source>lines nest at most three levels deep (PALLET, CARTON, ITEM); this is level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="612"/>
        <source>a PALLET needs %1 of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="618"/>
        <source>LayersPerPallet and ItemsPerLayer belong on a PALLET only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="626"/>
        <source>an ITEM needs a Quantity of at least 1, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="627"/>
        <source>an ITEM needs a Quantity of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="634"/>
        <source>CASES need UnitsPerCase of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="638"/>
        <source>UnitsPerCase is only for CASES, but the unit is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="640"/>
        <source>not given (EACHES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="645"/>
        <location filename="../src/core/validator.cpp" line="1061"/>
        <source>an ITEM needs the ChannelPurchaseOrderNo it is shipped for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="650"/>
        <source>a %1 has no Quantity (it is always 1), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="655"/>
        <source>Quantity 1 on a %1 means nothing and is left out on output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="666"/>
        <source>%1 belongs on an ITEM, not on a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="680"/>
        <location filename="../src/core/validator.cpp" line="1027"/>
        <source>cartons of a %1 shipment must sit on a pallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="686"/>
        <source>expires %1, %2 days after the shipment date; at least %3 are expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="697"/>
        <source>the pallet is %1 in tall; at most %2 in is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="709"/>
        <location filename="../src/core/validator.cpp" line="1068"/>
        <source>PO %1 is not one of the known purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="716"/>
        <source>PO %1 is %2; nothing more can be shipped for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="726"/>
        <source>GTIN %1 cannot be matched to a line of PO %2 without product master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="729"/>
        <location filename="../src/core/validator.cpp" line="1088"/>
        <source>%1 is not a line of PO %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="738"/>
        <source>%1 on PO %2 was acknowledged REJECTED; it cannot be shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="744"/>
        <source>%1 on PO %2 is not acknowledged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="764"/>
        <source>this %1 has no ITEM inside; the lowest level is always an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="779"/>
        <source>the contents weigh %1, more than the %2 declared for this %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="795"/>
        <source>%1 × %2 × %3 mm does not fit in its %4 of %5 × %6 × %7 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="822"/>
        <source>this carton holds items of %1 POs; at most %2 are expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="829"/>
        <source>the carton weighs %1, over %2: mark it team lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="849"/>
        <source>the carton weighs %1, but its contents should weigh about %2: check what is inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="859"/>
        <source>the pallet weighs %1; at most %2 is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="874"/>
        <source>this pallet holds more than one SKU: it needs a MIXED SKUS label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="1003"/>
        <source>there is nothing to drop onto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="1008"/>
        <source>a %1 cannot go inside itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="1014"/>
        <source>a pallet cannot go into a %1: pallets stay at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="1023"/>
        <source>a carton cannot go into a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="1034"/>
        <source>an item cannot stand at the top level: drop it into a carton or onto a pallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="1039"/>
        <source>an item cannot go into another item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="1044"/>
        <source>a line without a Type cannot be moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="1074"/>
        <source>PO %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="1081"/>
        <source>PO %1 goes to %2, but this shipment goes to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="1095"/>
        <source>%1 on PO %2 was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validator.cpp" line="1101"/>
        <source>only %1 more units of %2 on PO %3 may be packed (%4 of %5 packed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::AcknowledgementDialog</name>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="51"/>
        <source>Acknowledge purchase order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="53"/>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2, lines: %3. Amazon expects an answer for every unit: accepted, backordered or rejected with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="67"/>
        <source>Already acknowledged through ChannelEngine on %1; sending replaces that answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="70"/>
        <source>&amp;Send acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="101"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="101"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="101"/>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="101"/>
        <source>In stock (units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="102"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="102"/>
        <source>Backordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="102"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="103"/>
        <source>Rejection reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="108"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="109"/>
        <source>Temporarily unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="110"/>
        <source>Obsolete product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="111"/>
        <source>Invalid product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="124"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="125"/>
        <source>%1 eaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="126"/>
        <source>Backorders allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="127"/>
        <source>No backorders: reject what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="141"/>
        <source>Units of SKU %1 on hand; changing it saves it for the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="150"/>
        <source>Amazon allows no backorder on this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="188"/>
        <source>Stock could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="203"/>
        <source>No stock on hand recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="204"/>
        <source>SKUs with stock on hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="283"/>
        <source>Ready to send: %1 accepted, %2 backordered, %3 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="291"/>
        <source>… and %1 more lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="307"/>
        <source>SKUs read from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="308"/>
        <source>; rows skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="315"/>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="322"/>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="327"/>
        <source>Import stock on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="316"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="323"/>
        <source>Nothing was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="328"/>
        <source>SKUs imported: %1. These rows were skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="347"/>
        <source>Stock of %1 not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/acknowledgementdialog.cpp" line="366"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::ApiCall</name>
    <message>
        <location filename="../src/api/apicall.cpp" line="49"/>
        <source>cancelled by the user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::ApiExchange</name>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="176"/>
        <source>requests to this endpoint are paused for %1 s after ChannelEngine&apos;s rate limit, beyond the request&apos;s deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="214"/>
        <source>the network manager no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="319"/>
        <source>the request vanished (the network manager was destroyed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="428"/>
        <source>the answer is larger than the limit of %1 bytes; it was aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="437"/>
        <source>the answer was still arriving after %1 s; it was aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="438"/>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="445"/>
        <source>nothing arrived for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="454"/>
        <source>%1: %2 (certificate errors are never ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="462"/>
        <location filename="../src/api/apiexchange.cpp" line="481"/>
        <source>the server closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="471"/>
        <location filename="../src/api/apiexchange.cpp" line="498"/>
        <source>the answer was cut off after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="474"/>
        <source>the answer was cut off after %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="489"/>
        <source>no valid HTTP answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="508"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="509"/>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="517"/>
        <source>unexpected redirect (HTTP %1) to %2; redirects are not followed, so that the key is never sent elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="520"/>
        <source>an unknown place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="549"/>
        <source>an HTML page (%1) instead of JSON; a proxy or gateway answered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="552"/>
        <source>%1 instead of JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="584"/>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="593"/>
        <source>HTTP %1 but Success is false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="594"/>
        <source>HTTP %1 but Success is false: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/apiexchange.cpp" line="615"/>
        <location filename="../src/api/apiexchange.cpp" line="646"/>
        <source>HTTP %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::AppController</name>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="48"/>
        <source>This computer has no usable key store (%1). The API key and the database password are kept in %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="97"/>
        <source>Welcome to VendorPack. Set up this packing station: its name, the database, and the ChannelEngine API it works with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="142"/>
        <source>Demo mode: the open purchase orders of the built-in sandbox at %1 and a throwaway database. Nothing is sent to ChannelEngine, and everything is gone when the window closes, except the labels printed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="156"/>
        <source>Demo mode: these are the settings of the throwaway demo station. The database and the API stay the sandbox&apos;s, and every change is forgotten when the window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="192"/>
        <source>The settings cannot be used yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="197"/>
        <source>The database setting cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="226"/>
        <source>The database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="247"/>
        <source>No API key is stored; enter it in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="249"/>
        <source>The API key could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="292"/>
        <source>Secrets Stored in a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="323"/>
        <source>ChannelEngine refused the API key: sync is paused until a new key is entered in the settings. Nothing is lost; the changes wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="332"/>
        <source>ChannelEngine refused an acknowledgement; View &gt; Sync Log says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="354"/>
        <source>Sync is paused (%1): enter the API key in the settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="424"/>
        <source>Last pull of the purchase orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="429"/>
        <source>The purchase orders are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="430"/>
        <source>Purchase orders pulled: %1 new, %2 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="447"/>
        <source>Purchase Order Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="451"/>
        <source>Amazon cancelled purchase order %1. Shipment %2 must not be sent with its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="468"/>
        <source>1 change waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="468"/>
        <source>%1 changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="470"/>
        <source>%1 to be sent to the demo sandbox. This is the demo: its database is thrown away when the window closes, and the waiting changes with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="482"/>
        <source>VendorPack closes once the waiting changes are sent. Close it again to quit now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="493"/>
        <source>Changes Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="496"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="497"/>
        <source>&amp;Wait for Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="407"/>
        <source>Pulling the purchase orders failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::ChannelEngineClient</name>
    <message>
        <location filename="../src/api/channelengineclient.cpp" line="42"/>
        <source>page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/channelengineclient.cpp" line="113"/>
        <source>the purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/channelengineclient.cpp" line="180"/>
        <source>the shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/channelengineclient.cpp" line="267"/>
        <source>the acknowledgement of purchase order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/channelengineclient.cpp" line="273"/>
        <location filename="../src/api/channelengineclient.cpp" line="279"/>
        <source>the shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::CloseCartonDialog</name>
    <message>
        <location filename="../src/ui/closecartondialog.cpp" line="41"/>
        <source>Close pallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/closecartondialog.cpp" line="41"/>
        <source>Close carton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/closecartondialog.cpp" line="44"/>
        <source>Other size (enter the dimensions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/closecartondialog.cpp" line="54"/>
        <source>Weigh %1 and enter its size: both go into the shipment and onto the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/closecartondialog.cpp" line="70"/>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/closecartondialog.cpp" line="71"/>
        <source>Pallet &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/closecartondialog.cpp" line="71"/>
        <source>Carton &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/closecartondialog.cpp" line="72"/>
        <source>L × W × &amp;H:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/closecartondialog.cpp" line="73"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/closecartondialog.cpp" line="74"/>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/closecartondialog.cpp" line="75"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/closecartondialog.cpp" line="117"/>
        <source>the weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/closecartondialog.cpp" line="119"/>
        <source>length, width and height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/closecartondialog.cpp" line="122"/>
        <source>Enter %1 (more than 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/closecartondialog.cpp" line="122"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::DemoSetup</name>
    <message>
        <location filename="../src/ui/demosetup.cpp" line="168"/>
        <source>Cannot create a temporary folder for the demo database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/demosetup.cpp" line="179"/>
        <source>Cannot start the demo sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/demosetup.cpp" line="208"/>
        <source>Cannot set the demo SSCC range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/demosetup.cpp" line="213"/>
        <source>Cannot store the demo site settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/demosetup.cpp" line="224"/>
        <source>Cannot import the demo product catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/demosetup.cpp" line="246"/>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/demosetup.cpp" line="247"/>
        <source>Cannot store the demo stock levels: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::FileCredentialStore</name>
    <message>
        <location filename="../src/ui/settings/filecredentialstore.cpp" line="46"/>
        <source>the credentials file %1 is larger than 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/filecredentialstore.cpp" line="50"/>
        <source>cannot read the credentials file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/filecredentialstore.cpp" line="56"/>
        <source>the credentials file %1 is damaged (%2); delete it and enter the secrets again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/filecredentialstore.cpp" line="73"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/filecredentialstore.cpp" line="90"/>
        <location filename="../src/ui/settings/filecredentialstore.cpp" line="101"/>
        <source>cannot write the credentials file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/filecredentialstore.cpp" line="96"/>
        <source>cannot make the credentials file %1 private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/filecredentialstore.cpp" line="147"/>
        <source>an unencrypted file readable only by you (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::KeychainCredentialStore</name>
    <message>
        <location filename="../src/ui/settings/keychaincredentialstore.cpp" line="55"/>
        <source>the system key store did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/keychaincredentialstore.cpp" line="74"/>
        <source>no usable system key store (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/keychaincredentialstore.cpp" line="80"/>
        <source>the system key store refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settings/keychaincredentialstore.cpp" line="100"/>
        <source>the system key store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::LabelPreviewDialog</name>
    <message>
        <location filename="../src/ui/labelpreviewdialog.cpp" line="15"/>
        <source>Label Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::LabelPrintController</name>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="66"/>
        <source>&amp;Print Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="68"/>
        <source>Print the labels of the selected cartons and pallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="69"/>
        <source>&amp;Reprint Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="71"/>
        <source>Print the selected label again; the ledger counts it and asks why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="73"/>
        <source>&amp;Void Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="75"/>
        <source>Void the selected SSCC for good (with a reason); the container then needs a new SSCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="77"/>
        <source>Re&amp;label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="78"/>
        <source>Give the selected carton or pallet a new SSCC (the old one is voided with a reason); cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="81"/>
        <source>Print Pallet &amp;Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="82"/>
        <source>Print the selected pallet&apos;s manifest: its cartons, SKUs, POs and totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="84"/>
        <source>Pre&amp;view Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="86"/>
        <source>Show the selected label as it will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="88"/>
        <source>&amp;Test Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="89"/>
        <source>Print the test label (resolution, X-dimension, quiet zone) on the carton and pallet label printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="198"/>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="226"/>
        <location filename="../src/ui/labelprintcontroller.cpp" line="283"/>
        <source>Open a shipment first: there is no label to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="241"/>
        <location filename="../src/ui/labelprintcontroller.cpp" line="287"/>
        <source>No label printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="257"/>
        <source>%1 has no label to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="263"/>
        <source>The label of %1 cannot be printed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="285"/>
        <source>Select a carton or pallet to print its label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="293"/>
        <source>Only cartons and pallets have labels; %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="310"/>
        <source>%1 has no valid SSCC (&quot;%2&quot;): it needs a new SSCC before a label can be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="318"/>
        <source>SSCC %1 of %2 is not in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="322"/>
        <source>SSCC %1 of %2 was voided (%3): it needs a new SSCC before a label can be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="330"/>
        <source>%1 was printed before: say why it is printed again (Reprint Label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="347"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="354"/>
        <source>%1 label(s) printed, then: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/labelprintcontroller.cpp" line="370"/>
        <source>%n label(s) printed on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="376"/>
        <source>Label of %1 printed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="384"/>
        <source>Say why the label of %1 is printed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="395"/>
        <source>Select a carton or pallet with an SSCC to void its label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="407"/>
        <source>SSCC %1 voided: it can never be used again. %2 still carries it and needs a new SSCC before it can be labelled: Relabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="421"/>
        <source>%1 relabelled: SSCC %2 replaces %3 (void). Print its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="430"/>
        <source>Open a shipment first: there is no pallet manifest to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="433"/>
        <source>Select a pallet to print its manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="443"/>
        <location filename="../src/ui/labelprintcontroller.cpp" line="466"/>
        <source>No manifest printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="451"/>
        <source>%1 has no valid SSCC: no manifest printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="462"/>
        <source>No manifest printed: the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="475"/>
        <source>Pallet manifest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="483"/>
        <source>No manifest printed: the printer %1 cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="484"/>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="489"/>
        <source>No manifest printed: the printer refused a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="493"/>
        <source>Manifest of %1 printed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="525"/>
        <source>not printed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/labelprintcontroller.cpp" line="525"/>
        <source>printed %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="528"/>
        <source>%1 · SSCC %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="529"/>
        <source>Prints to %1 on %2 stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="548"/>
        <source>Test label not printed on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="551"/>
        <source>Test label printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="579"/>
        <source>The audit trail could not record %1 of SSCC %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="646"/>
        <source>Nothing done: a reason is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="659"/>
        <location filename="../src/ui/labelprintcontroller.cpp" line="674"/>
        <source>Reprint Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="660"/>
        <source>%1 was printed before. Why print it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/labelprintcontroller.cpp" line="675"/>
        <source>The label of %1 was printed %n time(s). Why print it again?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="686"/>
        <source>Void Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="687"/>
        <source>SSCC %1 of %2 will never be used again. Why void it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="692"/>
        <location filename="../src/ui/labelprintcontroller.cpp" line="704"/>
        <source>Relabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="693"/>
        <source>%1 has no usable SSCC now. Give it a new SSCC from the ledger?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintcontroller.cpp" line="705"/>
        <source>%1 gets a new SSCC; %2 is voided for good and this cannot be undone. Why relabel it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::LabelPrinterSettingsWidget</name>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="59"/>
        <source>/home/packer/labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="61"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="62"/>
        <source>Choose the folder the label files go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="69"/>
        <source>Label Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="80"/>
        <source>No printer installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="84"/>
        <source>zebra-dock1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="88"/>
        <source>10.0.0.5:9100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="99"/>
        <source>203 dpi (8 dots/mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="100"/>
        <source>300 dpi (12 dots/mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="108"/>
        <source>Print the label when a pallet is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="109"/>
        <source>Print the label when a carton is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="111"/>
        <source>Closed: it has its weight and all three dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="116"/>
        <source>Pallets carry a label on two sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="117"/>
        <source>Labels per carton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="119"/>
        <source>&amp;Test Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="121"/>
        <source>Print the test label (resolution, X-dimension, quiet zone) on this printer as set here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="136"/>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="139"/>
        <source>&amp;Prints to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="143"/>
        <source>S&amp;tock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="144"/>
        <source>C&amp;opies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="204"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="208"/>
        <source>Pri&amp;nter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="212"/>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="216"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/labelprintersettingswidget.cpp" line="222"/>
        <source>PDF labels are vector graphics: no resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::MainWindow</name>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="106"/>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="110"/>
        <source>Station, ChannelEngine, GS1 numbering, limits and carton types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="113"/>
        <source>&amp;Pull Orders Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="116"/>
        <source>Pull Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="117"/>
        <source>Fetch new and changed purchase orders from ChannelEngine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="121"/>
        <source>S&amp;ync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="125"/>
        <source>Send the changes waiting in the outbox to ChannelEngine now, without waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="129"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="137"/>
        <location filename="../src/ui/mainwindow.cpp" line="401"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="147"/>
        <location filename="../src/ui/mainwindow.cpp" line="403"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="161"/>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="171"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="174"/>
        <source>&amp;About VendorPack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="184"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="192"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="196"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="197"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="205"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="216"/>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="255"/>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="274"/>
        <source>sync: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="275"/>
        <source>The shipment sync is not running on this station yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="287"/>
        <source>Station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="288"/>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="292"/>
        <source>DB %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="292"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="300"/>
        <source>API: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="301"/>
        <source>Set the API URL and key in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="305"/>
        <source>API: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="308"/>
        <source>API: pulling orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="311"/>
        <source>API: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="361"/>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="377"/>
        <source>&amp;Packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="401"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="403"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="426"/>
        <source>Show the %1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="518"/>
        <source>Sync Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="527"/>
        <source>Sync &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="529"/>
        <source>What sync sent and received, with ChannelEngine&apos;s request ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="543"/>
        <source>sync paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="544"/>
        <source>the API key was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="550"/>
        <source>1 change waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="550"/>
        <source>%1 changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="553"/>
        <source>offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="555"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="556"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="561"/>
        <source>sync: not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="563"/>
        <source>synced; %1 held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="564"/>
        <source>synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="577"/>
        <source>Last contact with ChannelEngine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="579"/>
        <source>No contact with ChannelEngine yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="582"/>
        <source>Held back until the next edit: %1 (errors, or refused by ChannelEngine; see the Sync Log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="608"/>
        <source>%1 – VendorPack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="614"/>
        <source>[DEMO]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="627"/>
        <source>About VendorPack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="628"/>
        <source>&lt;h3&gt;VendorPack %1&lt;/h3&gt;&lt;p&gt;The packing station for Amazon Vendor purchase orders through ChannelEngine: acknowledge, pack with SSCC labels, and keep the shipment on the API in step with the dock.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::MemoryCredentialStore</name>
    <message>
        <location filename="../src/ui/settings/memorycredentialstore.cpp" line="28"/>
        <source>memory only (forgotten when VendorPack closes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::OrderPoller</name>
    <message>
        <location filename="../src/sync/orderpoller.cpp" line="84"/>
        <location filename="../src/sync/orderpoller.cpp" line="102"/>
        <location filename="../src/sync/orderpoller.cpp" line="107"/>
        <location filename="../src/sync/orderpoller.cpp" line="145"/>
        <location filename="../src/sync/orderpoller.cpp" line="169"/>
        <source>poll orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/orderpoller.cpp" line="101"/>
        <source>The purchase orders could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/orderpoller.cpp" line="102"/>
        <location filename="../src/sync/orderpoller.cpp" line="107"/>
        <location filename="../src/sync/orderpoller.cpp" line="230"/>
        <location filename="../src/sync/orderpoller.cpp" line="238"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/orderpoller.cpp" line="102"/>
        <location filename="../src/sync/orderpoller.cpp" line="209"/>
        <source>not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/orderpoller.cpp" line="108"/>
        <source>%1 received: %2 new, %3 changed, %4 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/orderpoller.cpp" line="142"/>
        <source>Purchase order %1 was cancelled, but shipment(s) %2 hold its lines: stop packing it and take its items out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/orderpoller.cpp" line="145"/>
        <location filename="../src/sync/orderpoller.cpp" line="169"/>
        <source>PO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/orderpoller.cpp" line="162"/>
        <source>Purchase order %1 now orders %2 of %3 instead of %4: check what is packed in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/orderpoller.cpp" line="193"/>
        <location filename="../src/sync/orderpoller.cpp" line="208"/>
        <location filename="../src/sync/orderpoller.cpp" line="216"/>
        <source>export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/orderpoller.cpp" line="208"/>
        <location filename="../src/sync/orderpoller.cpp" line="216"/>
        <source>Shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/orderpoller.cpp" line="229"/>
        <source>the API key was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/orderpoller.cpp" line="230"/>
        <source>paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::OrdersPage</name>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="49"/>
        <location filename="../src/ui/orderspage.cpp" line="71"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="68"/>
        <location filename="../src/ui/orderspage.cpp" line="77"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="79"/>
        <location filename="../src/ui/orderspage.cpp" line="441"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="108"/>
        <source>&amp;Refresh orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="116"/>
        <source>&amp;Acknowledge...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="120"/>
        <source>Accept, backorder or reject the lines of the current order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="126"/>
        <source>Accept all &amp;lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="130"/>
        <source>Accept every line of the selected orders in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="135"/>
        <source>&amp;Pack shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="139"/>
        <source>Pack the selected orders (all for one FC) into a shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="142"/>
        <source>&amp;Find order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="152"/>
        <source>Pull new and changed purchase orders from ChannelEngine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="155"/>
        <source>Refreshing needs a connection to ChannelEngine: set the API URL and key in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="167"/>
        <source>Search PO, FC, SKU or ASIN (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="180"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="195"/>
        <source>All FCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="200"/>
        <source>Show &amp;closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="202"/>
        <source>Also show cancelled, shipped, closed and invoiced orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="209"/>
        <source>page %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="212"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="214"/>
        <source>F&amp;C:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="280"/>
        <source>Ship to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="281"/>
        <source>Windows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="282"/>
        <source>Parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="361"/>
        <source>The purchase orders could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="424"/>
        <source>No purchase order selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="433"/>
        <source>PO %1 · %2 · created %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="442"/>
        <source>ship %1 · deliver %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="445"/>
        <source>vendor %1 · buyer %2 · billing %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="489"/>
        <source>Refreshing purchase orders...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="500"/>
        <source>Refreshing purchase orders: page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="501"/>
        <source>Refreshing purchase orders: page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="523"/>
        <source>Purchase order %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="526"/>
        <source>The purchase orders could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="531"/>
        <source>Refresh cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="534"/>
        <source>Refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="537"/>
        <source>Orders read before the failure, and stored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="544"/>
        <source>Purchase orders refreshed: %1 new, %2 changed, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="569"/>
        <source>Acknowledgement of %1 saved; it is sent to ChannelEngine through the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="586"/>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="590"/>
        <source>%1 is acknowledged already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="595"/>
        <source>%1 is partly acknowledged (use Acknowledge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="609"/>
        <source>Purchase orders accepted in full: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="611"/>
        <source>Left alone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="625"/>
        <source>Accept every line of the selected purchase orders (%1) in full? The acknowledgement is sent to Amazon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="646"/>
        <source>Select one or more open purchase orders to pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/orderspage.cpp" line="652"/>
        <source>The selected orders go to several FCs (%1); a shipment goes to one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::PackingHeaderForm</name>
    <message>
        <location filename="../src/ui/packingheaderform.cpp" line="38"/>
        <source>&amp;Delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingheaderform.cpp" line="49"/>
        <source>Estimated delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingheaderform.cpp" line="57"/>
        <source>Shipment no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingheaderform.cpp" line="58"/>
        <source>Ship to (FC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingheaderform.cpp" line="59"/>
        <source>Ship from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingheaderform.cpp" line="60"/>
        <source>Selling party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingheaderform.cpp" line="61"/>
        <source>&amp;Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingheaderform.cpp" line="62"/>
        <source>&amp;PRO / tracking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingheaderform.cpp" line="63"/>
        <source>&amp;Bill of lading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingheaderform.cpp" line="64"/>
        <source>Shipment &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingheaderform.cpp" line="65"/>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingheaderform.cpp" line="66"/>
        <source>Ship &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingheaderform.cpp" line="226"/>
        <source>Sent to ChannelEngine: it can never change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingheaderform.cpp" line="227"/>
        <source>Set once; it cannot change any more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::PackingPage</name>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="103"/>
        <source>Shipment reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="108"/>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="112"/>
        <source>Cannot drop here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="188"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="208"/>
        <source>&amp;New shipment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="210"/>
        <source>Start a shipment for the FC of an open PO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="213"/>
        <source>&amp;Reload orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="214"/>
        <source>Read the purchase orders again: acknowledgements, cancellations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="217"/>
        <source>New &amp;pallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="218"/>
        <source>Add a pallet with a new SSCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="220"/>
        <source>New &amp;carton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="221"/>
        <source>Add a carton with a new SSCC, on the selected pallet or loose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="223"/>
        <source>C&amp;lose carton…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="224"/>
        <source>Record the weight and size of the selected carton or pallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="227"/>
        <source>&amp;Split line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="228"/>
        <source>Split part of an item line off into a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="230"/>
        <source>&amp;Merge lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="231"/>
        <source>Merge the selected lines of the same SKU and PO into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="233"/>
        <source>&amp;Unpack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="234"/>
        <source>Move a carton&apos;s or pallet&apos;s contents up and remove it (its SSCC is voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="236"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="237"/>
        <source>Remove the selected lines (the SSCCs of cartons and pallets are voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="240"/>
        <location filename="../src/ui/packingpage.cpp" line="640"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="242"/>
        <location filename="../src/ui/packingpage.cpp" line="642"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="245"/>
        <source>&amp;Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="247"/>
        <source>C&amp;ollapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="250"/>
        <source>&amp;Focus scan bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="252"/>
        <source>Put the keyboard into the scan bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="308"/>
        <source>Selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="310"/>
        <source>Shipment header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="370"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="374"/>
        <source>%1 (not open for packing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="381"/>
        <location filename="../src/ui/packingpage.cpp" line="387"/>
        <location filename="../src/ui/packingpage.cpp" line="402"/>
        <location filename="../src/ui/packingpage.cpp" line="433"/>
        <location filename="../src/ui/packingpage.cpp" line="443"/>
        <location filename="../src/ui/packingpage.cpp" line="448"/>
        <source>New shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="382"/>
        <source>Select a PO to start a shipment for its FC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="383"/>
        <source>These POs cannot be packed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="388"/>
        <source>The POs go to different FCs (%1); a shipment goes to one FC. Select POs of one FC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="403"/>
        <source>Shipment %1 for %2 is being built already (version %3). Pack into it, or start another shipment for %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="408"/>
        <source>&amp;Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="410"/>
        <source>&amp;New shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="433"/>
        <source>The purchase orders cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="443"/>
        <source>There are no open POs to pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="448"/>
        <source>Which FC does the shipment go to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="458"/>
        <source>Open shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="461"/>
        <source>Shipment %1 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="469"/>
        <source>Purchase orders read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="541"/>
        <source>PO %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="543"/>
        <source>PO %1 is not a known purchase order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="550"/>
        <source>Purchase order no longer open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="551"/>
        <source>This shipment holds units of POs that may not ship any more. Unpack them before the shipment leaves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="640"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="642"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="661"/>
        <source> — next item × %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="716"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="761"/>
        <source>New pallet added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="783"/>
        <source>New carton on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="783"/>
        <source>New carton added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="799"/>
        <source>Select a carton or pallet to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="810"/>
        <source>%1 closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="823"/>
        <source>Select one item line to split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="830"/>
        <source>Split line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="831"/>
        <source>Split how many off the %1 of %2 into a new line?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="836"/>
        <source>Line split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="842"/>
        <source>Lines merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="853"/>
        <source>Select one carton or pallet to unpack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="858"/>
        <source>Unpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="859"/>
        <source>Move everything in %1 one level up and remove it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="862"/>
        <source>Unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="885"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="887"/>
        <source>Delete %1 with everything in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="888"/>
        <source>Delete the %1 selected lines with everything in them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="897"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="897"/>
        <source>%1 lines deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="904"/>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingpage.cpp" line="911"/>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::PackingSession</name>
    <message>
        <location filename="../src/packing/changevaluecommand.h" line="54"/>
        <source>the line to change is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/deletenodescommand.cpp" line="80"/>
        <source>restored with new SSCCs (the old ones stay void): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingcommand.cpp" line="17"/>
        <source>a line this action needs is no longer in the shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="69"/>
        <source>The purchase orders cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="77"/>
        <source>The SSCC history could not be read (%1); reuse is checked one SSCC at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="104"/>
        <source>A shipment needs the FC (ship-to party) it goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="145"/>
        <source>The shipment cannot be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="152"/>
        <source>Shipment %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="162"/>
        <source>The shipment cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="202"/>
        <source>The shipment is signed off or dispatched: packers cannot change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="208"/>
        <source>The shipment is open at station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="211"/>
        <source>The shipment cannot be reserved for this station: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="222"/>
        <location filename="../src/packing/packingsession.cpp" line="246"/>
        <location filename="../src/packing/packingsession.cpp" line="297"/>
        <source>No shipment is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="232"/>
        <location filename="../src/packing/packingsession.cpp" line="379"/>
        <location filename="../src/packing/packingsession.cpp" line="440"/>
        <source>Station %1 has taken the shipment over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="237"/>
        <source>The lease on the shipment could not be renewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="252"/>
        <source>The shipment could not be taken over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="259"/>
        <location filename="../src/packing/packingsession.cpp" line="428"/>
        <source>The shipment cannot be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="268"/>
        <source>You have taken the shipment over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="305"/>
        <source>Line %1 is not in this shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="331"/>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="368"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="370"/>
        <source>Station %1 has taken this shipment over: it was reloaded read-only, and your last action was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="373"/>
        <source>Station %1 changed this shipment meanwhile: it was reloaded, and your last action was not applied. Please do it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="390"/>
        <source>The change was not saved, nothing changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="461"/>
        <source>There is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="472"/>
        <source>There is nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="487"/>
        <source>Set the GS1 company prefix in the settings first: a pallet needs an SSCC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="500"/>
        <source>Set the GS1 company prefix in the settings first: a carton needs an SSCC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="505"/>
        <source>%1 is not a valid SSCC: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="522"/>
        <source>PO %1 is not one of the open purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="527"/>
        <source>%1 is not a line of PO %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="531"/>
        <source>the quantity must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="542"/>
        <source>%1 on PO %2 is ordered in cases of %3: %4 units are not whole cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="573"/>
        <source>%1 is not on any open PO for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="576"/>
        <source>no PO for %1 has %2 more units to pack (%3 left in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="621"/>
        <source>Nothing is selected to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="642"/>
        <source>Only an item line can be moved in part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="647"/>
        <source>Move 1 to %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="662"/>
        <source>Only an item line can be split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="665"/>
        <source>Split off 1 to %1 of the %2 on this line, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="678"/>
        <source>Select at least two item lines to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="681"/>
        <location filename="../src/packing/packingsession.cpp" line="685"/>
        <source>Only item lines can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="690"/>
        <source>Only lines in the same carton or pallet can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="695"/>
        <source>Only lines of the same SKU, PO, unit, lot and expiry can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="707"/>
        <source>Only a carton or pallet can be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="710"/>
        <location filename="../src/packing/packingsession.cpp" line="753"/>
        <source>Give a reason: the SSCC of %1 will be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="727"/>
        <source>Nothing is selected to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="736"/>
        <source>Give a reason: the SSCCs of deleted cartons and pallets are voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="747"/>
        <source>Only a carton or pallet can be relabelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="749"/>
        <source>Set the GS1 company prefix in the settings first: a new label needs an SSCC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="764"/>
        <source>Only a carton or pallet can be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="766"/>
        <source>Enter the weight (more than 0, with its unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="771"/>
        <source>Enter length, width and height (more than 0, with the unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="780"/>
        <source>There is no carton type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="804"/>
        <source>The SSCC of a carton or pallet is not edited: delete it (the SSCC is voided) and add or scan a new label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="807"/>
        <source>Change identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="813"/>
        <source>The quantity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="826"/>
        <source>Change quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="832"/>
        <source>Change lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="838"/>
        <source>Change expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="844"/>
        <source>Change dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="850"/>
        <source>Change weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="856"/>
        <source>Change handling code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="863"/>
        <source>Layers per pallet and items per layer must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="866"/>
        <source>Change pallet layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/packingsession.cpp" line="870"/>
        <source>Change items per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/relabelnodecommand.cpp" line="32"/>
        <source>relabelled: %1 → %2 (the old SSCC is void for good; a relabel cannot be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/relabelnodecommand.cpp" line="34"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/relabelnodecommand.cpp" line="46"/>
        <source>a relabel cannot be undone: the old SSCC is void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/splitlinecommand.cpp" line="25"/>
        <source>the line holds only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/unpacknodecommand.cpp" line="57"/>
        <source>restored with a new SSCC (the old one stays void): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::PackingShipmentBar</name>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="41"/>
        <source>Open another shipment that is being built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="48"/>
        <source>&amp;Open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="99"/>
        <source>ASN not sent to Amazon yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="101"/>
        <source>ASN being sent to Amazon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="103"/>
        <source>ASN reached Amazon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="105"/>
        <source>Amazon refused the ASN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="116"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="118"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="120"/>
        <source>answer lost, checked before the next push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="122"/>
        <source>failed, tried again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="124"/>
        <source>not sent: the version has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="126"/>
        <source>refused by ChannelEngine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="128"/>
        <source>locked: ChannelEngine takes no more updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="130"/>
        <source>the API key was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="132"/>
        <source>not pushed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="147"/>
        <source>delivered: locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="152"/>
        <source>ChannelEngine has version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="153"/>
        <source>ChannelEngine has version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="155"/>
        <source>ChannelEngine keeps %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="156"/>
        <source>ChannelEngine has none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="158"/>
        <source>version %1 has errors: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="161"/>
        <source>version %1 refused by ChannelEngine: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/packingshipmentbar.cpp" line="164"/>
        <source>sync paused: %n version(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/packingshipmentbar.cpp" line="166"/>
        <source>offline: %n version(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="168"/>
        <source>version %1 — ChannelEngine has %2, sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="169"/>
        <source>version %1 — ChannelEngine has none yet, sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="178"/>
        <source>Last push: version %1, %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="185"/>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="187"/>
        <location filename="../src/ui/packingshipmentbar.cpp" line="236"/>
        <source>Not pushed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="190"/>
        <source>ASN: not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/packingshipmentbar.cpp" line="192"/>
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="207"/>
        <source>Choose a building shipment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="213"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="215"/>
        <source> — open at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="219"/>
        <source>The shipments cannot be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="245"/>
        <source>No shipment open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="246"/>
        <source>Create one for the FC of a PO, or open a building shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="251"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="252"/>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="254"/>
        <source>open at this station (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingshipmentbar.cpp" line="256"/>
        <source>read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::PackingTotalsPanel</name>
    <message>
        <location filename="../src/ui/packingtotalspanel.cpp" line="33"/>
        <source>PO line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingtotalspanel.cpp" line="33"/>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingtotalspanel.cpp" line="33"/>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingtotalspanel.cpp" line="40"/>
        <source>The PO lines in the selected container: units in it, and units packed in the whole shipment of the units accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingtotalspanel.cpp" line="61"/>
        <source>not weighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingtotalspanel.cpp" line="73"/>
        <source>No shipment is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingtotalspanel.cpp" line="80"/>
        <source>&lt;b&gt;Shipment:&lt;/b&gt; pallets %1, cartons %2, units %3, weight %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingtotalspanel.cpp" line="89"/>
        <source>&lt;b&gt;Selection:&lt;/b&gt; none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingtotalspanel.cpp" line="97"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; units %2, weight %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingtotalspanel.cpp" line="102"/>
        <source>, cartons %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingtotalspanel.cpp" line="119"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/packingtotalspanel.cpp" line="121"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::PagedFetch</name>
    <message>
        <location filename="../src/api/pagedfetch.cpp" line="65"/>
        <source>page %1: malformed JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/pagedfetch.cpp" line="67"/>
        <source>page %1: a bare array instead of ChannelEngine&apos;s envelope {&quot;Content&quot;: [...], &quot;TotalCount&quot;: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/pagedfetch.cpp" line="72"/>
        <source>page %1: not ChannelEngine&apos;s envelope (no Content, Count, TotalCount or Success)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/pagedfetch.cpp" line="119"/>
        <source>the pages ended after %1 of the %2 items TotalCount announced (page %3 was the last); the list may be incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/pagedfetch.cpp" line="135"/>
        <source>more than %1 pages; stopped (%2 of %3 items read)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::PoLinesModel</name>
    <message>
        <location filename="../src/ui/polinesmodel.cpp" line="80"/>
        <source>cases of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/polinesmodel.cpp" line="81"/>
        <source>eaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/polinesmodel.cpp" line="99"/>
        <source>%1 of %2 units packed (PO %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/polinesmodel.cpp" line="104"/>
        <source>Not acknowledged yet: the ordered quantity counts as accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/polinesmodel.cpp" line="106"/>
        <source>Drag into a carton or pallet to pack the remaining units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/polinesmodel.cpp" line="125"/>
        <source>PO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/polinesmodel.cpp" line="127"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/polinesmodel.cpp" line="129"/>
        <source>ASIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/polinesmodel.cpp" line="131"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/polinesmodel.cpp" line="133"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/polinesmodel.cpp" line="135"/>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/polinesmodel.cpp" line="137"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::PoLinesPanel</name>
    <message>
        <location filename="../src/ui/polinespanel.cpp" line="20"/>
        <source>&amp;Hide fully packed lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/polinespanel.cpp" line="43"/>
        <source>Drag a line into a carton or pallet to pack it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/polinespanel.cpp" line="70"/>
        <source>PO lines to pack: %1 of %2 open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::PropertiesPanel</name>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="78"/>
        <source>Select a pallet, carton or item in the shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="93"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="94"/>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="95"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="105"/>
        <source>Layers per pallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="106"/>
        <source>Items per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="109"/>
        <source>&amp;Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="110"/>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="111"/>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="112"/>
        <source>PO:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="113"/>
        <source>&amp;Lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="114"/>
        <source>E&amp;xpiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="115"/>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="116"/>
        <source>L × W × H:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="117"/>
        <source>&amp;Handling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="118"/>
        <source>Layers × per layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="169"/>
        <source>SKU or GTIN of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="170"/>
        <source>The SSCC on the label (18 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="174"/>
        <source>cases of %1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/propertiespanel.cpp" line="175"/>
        <source>eaches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::PurchaseOrderLinesModel</name>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="31"/>
        <source>not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="34"/>
        <source>%1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="36"/>
        <source>%1 backordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="38"/>
        <source>%1 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="40"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="47"/>
        <source>cases of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="48"/>
        <source>eaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="76"/>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="76"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="80"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="88"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="138"/>
        <source>%1 cases = %2 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="141"/>
        <source>Amazon accepts a backorder for what is not in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="142"/>
        <source>What is not in stock must be rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="156"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="158"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="160"/>
        <source>ASIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="162"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="164"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="166"/>
        <source>Backorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="168"/>
        <source>Net cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="170"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlinesmodel.cpp" line="172"/>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::PurchaseOrderListModel</name>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="151"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="153"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="155"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="157"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="158"/>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="158"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="165"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="167"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="169"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="171"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="173"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="175"/>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="179"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="214"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="218"/>
        <source>%1 of %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="223"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="225"/>
        <source>no creation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="267"/>
        <source>Amazon expects the acknowledgement within 24 hours of the order: by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="273"/>
        <source>Lines acknowledged (accepted, backordered or rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="346"/>
        <source>PO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="348"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="350"/>
        <source>FC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="352"/>
        <source>Ship window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="354"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="356"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/purchaseorderlistmodel.cpp" line="358"/>
        <source>Acknowledge by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::ReasonDialog</name>
    <message>
        <location filename="../src/ui/reasondialog.cpp" line="28"/>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/reasondialog.cpp" line="30"/>
        <source>These SSCCs will be voided in the ledger and never used again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/reasondialog.cpp" line="37"/>
        <source>Label damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/reasondialog.cpp" line="37"/>
        <source>Packed by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/reasondialog.cpp" line="38"/>
        <source>Repacked into another carton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/reasondialog.cpp" line="38"/>
        <source>Order changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/reasondialog.cpp" line="39"/>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/reasondialog.cpp" line="40"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::ScanBar</name>
    <message>
        <location filename="../src/ui/scanbar.cpp" line="23"/>
        <source>Scan a carton, pallet or item, or type a SKU and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/scanbar.cpp" line="26"/>
        <source>Scan bar (F2 or Ctrl+L): SSCC labels select the carton or pallet to pack into; GTINs and SKUs add items to it; scanning the target again closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/scanbar.cpp" line="42"/>
        <source>&amp;Scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/scanbar.cpp" line="80"/>
        <source>Target: none (scan a carton or pallet label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/scanbar.cpp" line="81"/>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::ScanController</name>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="57"/>
        <source>Open or create a shipment before scanning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="59"/>
        <location filename="../src/packing/scancontroller.cpp" line="105"/>
        <source>Scan not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="71"/>
        <source>Quantity %1 for the next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="79"/>
        <source>GTIN %1 is not in the product catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="89"/>
        <source>%1 has no case pack in the product catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="122"/>
        <location filename="../src/packing/scancontroller.cpp" line="171"/>
        <source>The SSCC ledger cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="125"/>
        <source>SSCC %1 was voided (%2): take this label off %3; it needs a new SSCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="130"/>
        <location filename="../src/packing/scancontroller.cpp" line="165"/>
        <source>SSCC %1 belongs to shipment %2, not this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="134"/>
        <source>The label of %1 could not be recorded as applied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="137"/>
        <source>Label applied. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="146"/>
        <source>%1 released: close it with its weight and dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="153"/>
        <source>Now packing into %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="159"/>
        <source>SSCC %1 was voided (%2): use another label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="162"/>
        <source>SSCC %1 is no longer on any carton or pallet of this shipment: take this label off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="167"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="180"/>
        <source>New carton with pre-printed label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="212"/>
        <source>Scan a carton or pallet label first: there is nowhere to put %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="230"/>
        <source>%1 × %2 packed as cases of %3 (PO %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/scancontroller.cpp" line="235"/>
        <source>%1 × %2 (PO %3) packed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::SettingsDialog</name>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="52"/>
        <source>inches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="54"/>
        <source>feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="56"/>
        <source>metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="58"/>
        <source>yards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="69"/>
        <source>pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="71"/>
        <source>ounces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="73"/>
        <source>kilograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="75"/>
        <source>grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="126"/>
        <source>VendorPack Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="138"/>
        <source>&amp;Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="139"/>
        <source>&amp;ChannelEngine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="140"/>
        <source>&amp;GS1 and Ship-from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="141"/>
        <source>&amp;Units and Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="142"/>
        <source>C&amp;arton Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="143"/>
        <source>&amp;Printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="175"/>
        <source>The site settings could not be read from the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="189"/>
        <source>The printers of this computer, one for each label type. They are kept on this computer only; the ship-from address printed on the labels is on the GS1 and Ship-from tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="240"/>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="242"/>
        <source>Remove the stored secret when you press OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="259"/>
        <source>will be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="261"/>
        <source>stored; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="263"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="272"/>
        <source>e.g. DOCK-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="273"/>
        <source>Other stations show a shipment open here as &quot;open at station ...&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="275"/>
        <source>who packs at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="280"/>
        <source>empty: the default file; or postgresql://user@host:5432/db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="281"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="284"/>
        <source>SQLite Database File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="285"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="301"/>
        <source>Database password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="303"/>
        <source>A SQLite file serves one station. Several stations of one site share a PostgreSQL database; its password is kept in the key store, never in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="326"/>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="328"/>
        <source>e.g. 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="337"/>
        <source>The API key and the database password are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="340"/>
        <source>Warning: there is no usable key store on this computer. The API key and the database password are kept in %1, NOT encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="355"/>
        <source>6 to 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="356"/>
        <source>0 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="365"/>
        <source>Every SSCC is the extension digit, the company prefix, a serial from the ledger and a check digit. These settings apply to every station of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="375"/>
        <source>vendor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="381"/>
        <source>e.g. US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="383"/>
        <source>Ship-from party id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="385"/>
        <source>Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="386"/>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="389"/>
        <source>Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="391"/>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="393"/>
        <source>State or region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="414"/>
        <source>Lengths in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="415"/>
        <source>Weights in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="423"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="426"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="428"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="430"/>
        <source>POs per carton, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="431"/>
        <source>Carton weight, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="432"/>
        <source>Pallet weight, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="433"/>
        <source>Pallet height, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="434"/>
        <source>Shelf life left, at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="435"/>
        <source>Carton weight tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="436"/>
        <source>SSCC not reused within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="452"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="452"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="452"/>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="452"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="452"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="452"/>
        <source>Pallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="460"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="462"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="478"/>
        <source>Picked when a carton is closed; a pallet base when a pallet is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="519"/>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="519"/>
        <source>width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="519"/>
        <source>height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="531"/>
        <source>the %1 &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="650"/>
        <source> in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="650"/>
        <source> cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="665"/>
        <source> lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="665"/>
        <source> kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/settingsdialog.cpp" line="750"/>
        <source>(and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="789"/>
        <location filename="../src/ui/settingsdialog.cpp" line="802"/>
        <location filename="../src/ui/settingsdialog.cpp" line="813"/>
        <source>Settings Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="790"/>
        <source>The secret could not be stored in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="803"/>
        <source>The site settings could not be stored in the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="814"/>
        <source>The station settings could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::ShipmentPush</name>
    <message>
        <location filename="../src/api/shipmentpush.cpp" line="34"/>
        <source>the shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/shipmentpush.cpp" line="35"/>
        <source>it has no MerchantShipmentNo, so it cannot be pushed without the risk of creating it twice; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/shipmentpush.cpp" line="104"/>
        <source>the lookup of shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/shipmentpush.cpp" line="129"/>
        <source>ChannelEngine lists the shipment but refused to update it (404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/shipmentpush.cpp" line="143"/>
        <source>ChannelEngine reported a conflict but lists no shipment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/shipmentpush.cpp" line="175"/>
        <source>%1; ChannelEngine did not list it afterwards, but the POST may still be applied: it is not sent again now, the next push looks it up first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/shipmentpush.cpp" line="189"/>
        <location filename="../src/api/shipmentpush.cpp" line="268"/>
        <source>the shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::ShipmentTreeModel</name>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="28"/>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="30"/>
        <source>ft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="32"/>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="34"/>
        <source>yd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="45"/>
        <source>g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="47"/>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="49"/>
        <source>oz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="51"/>
        <source>lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="140"/>
        <source>Pallet %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="142"/>
        <source>Carton %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="144"/>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="159"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="148"/>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="163"/>
        <source>Line without a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="155"/>
        <source>Pallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="157"/>
        <source>Carton</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/packing/shipmenttreemodel.cpp" line="187"/>
        <source>%n case(s) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/packing/shipmenttreemodel.cpp" line="192"/>
        <source>%n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="201"/>
        <source>%1 × %2 × %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="211"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/packing/shipmenttreemodel.cpp" line="212"/>
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="260"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="262"/>
        <source>SSCC / SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="264"/>
        <source>PO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="266"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="268"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="270"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="272"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="409"/>
        <source>no shipment is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="420"/>
        <source>these lines belong to another shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="427"/>
        <source>a dragged line is no longer in the shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/packing/shipmenttreemodel.cpp" line="445"/>
        <source>only shipment lines and PO lines can be dropped here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::ShipmentView</name>
    <message>
        <location filename="../src/ui/shipmentview.cpp" line="59"/>
        <source>Carton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/shipmentview.cpp" line="62"/>
        <source>12 cases of 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/shipmentview.cpp" line="95"/>
        <source>How many?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/shipmentview.cpp" line="291"/>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/shipmentview.cpp" line="291"/>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/shipmentview.cpp" line="292"/>
        <source>Move how many %1 of %2 (%3 on this line)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/shipmentview.cpp" line="316"/>
        <source>Pack how many cases of %1 (PO %2, %3 cases left)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/shipmentview.cpp" line="319"/>
        <source>Pack how many units of %1 (PO %2, %3 left)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::ShortcutsDialog</name>
    <message>
        <location filename="../src/ui/shortcutsdialog.cpp" line="48"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/shortcutsdialog.cpp" line="51"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/shortcutsdialog.cpp" line="51"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::SyncBanner</name>
    <message>
        <location filename="../src/ui/syncbanner.cpp" line="17"/>
        <source>Enter API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/syncbanner.cpp" line="18"/>
        <source>Try now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/syncbanner.cpp" line="42"/>
        <source>Sync paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/syncbanner.cpp" line="43"/>
        <source>the API key was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/syncbanner.cpp" line="49"/>
        <source>nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/syncbanner.cpp" line="50"/>
        <source>1 change waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/syncbanner.cpp" line="51"/>
        <source>%1 changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/syncbanner.cpp" line="54"/>
        <source>Offline — %1, no contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/syncbanner.cpp" line="55"/>
        <source>Offline — %1, last contact %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::SyncLog</name>
    <message>
        <location filename="../src/sync/synclog.cpp" line="82"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/synclog.cpp" line="84"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/synclog.cpp" line="86"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/synclog.cpp" line="88"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/synclog.cpp" line="90"/>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::SyncWorker</name>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="86"/>
        <source>reading the shipments&apos; sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="104"/>
        <source>sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="119"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="119"/>
        <source>resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="119"/>
        <source>resumed with a new API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="138"/>
        <source>1 change is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="138"/>
        <source>%1 changes are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="139"/>
        <source>%1 still waiting to be sent to ChannelEngine. Nothing is lost: the changes are kept on this station and sent when the program starts again. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="213"/>
        <source>reading the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="240"/>
        <source>the sync worker does not know outbox entries of kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="244"/>
        <source>Outbox entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="245"/>
        <location filename="../src/sync/syncworker.cpp" line="284"/>
        <location filename="../src/sync/syncworker.cpp" line="455"/>
        <source>not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="258"/>
        <source>reading the purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="272"/>
        <source>Shipment %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="281"/>
        <source>shipment %1 is no longer stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="284"/>
        <source>Shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="284"/>
        <location filename="../src/sync/syncworker.cpp" line="295"/>
        <location filename="../src/sync/syncworker.cpp" line="336"/>
        <location filename="../src/sync/syncworker.cpp" line="361"/>
        <location filename="../src/sync/syncworker.cpp" line="428"/>
        <location filename="../src/sync/syncworker.cpp" line="520"/>
        <source>push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="292"/>
        <source>Shipment %1 is cancelled; it is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="296"/>
        <location filename="../src/sync/syncworker.cpp" line="579"/>
        <location filename="../src/sync/syncworker.cpp" line="584"/>
        <location filename="../src/sync/syncworker.cpp" line="607"/>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="305"/>
        <source>reading shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="329"/>
        <source>Version %1 is not sent: MerchantShipmentNo and the party ids cannot change once the shipment was sent (they were %2, %3, %4, %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/sync/syncworker.cpp" line="352"/>
        <source>Version %1 has %n error(s) and is not sent; ChannelEngine keeps version %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/sync/syncworker.cpp" line="356"/>
        <source>Version %1 has %n error(s) and is not sent; ChannelEngine has no version yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="379"/>
        <source>recording the push of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="414"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="414"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="416"/>
        <source> (an answer was lost; looked up, not sent twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="427"/>
        <source>recording the confirmation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="447"/>
        <source>PO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="450"/>
        <source>the queued acknowledgement is not a valid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="455"/>
        <location filename="../src/sync/syncworker.cpp" line="496"/>
        <location filename="../src/sync/syncworker.cpp" line="520"/>
        <source>acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="495"/>
        <source>recording the acknowledgement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="497"/>
        <source>acknowledged; a newer acknowledgement follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="497"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="548"/>
        <source>the API key was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="549"/>
        <source>the ChannelEngine settings are not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="550"/>
        <source>paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="565"/>
        <source>rate limited: waiting %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="593"/>
        <source>ChannelEngine refuses updates of shipment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="595"/>
        <source>ChannelEngine refuses the acknowledgement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="626"/>
        <source>%1; next try in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="627"/>
        <source>offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sync/syncworker.cpp" line="670"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::ValidationFindingsModel</name>
    <message>
        <location filename="../src/ui/validationfindingsmodel.cpp" line="23"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/validationfindingsmodel.cpp" line="25"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/validationfindingsmodel.cpp" line="29"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/validationfindingsmodel.cpp" line="72"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/validationfindingsmodel.cpp" line="72"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/validationfindingsmodel.cpp" line="89"/>
        <source>ChannelEngine refused the last version sent:
%1
at %2 (click to show the line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/validationfindingsmodel.cpp" line="92"/>
        <source>ChannelEngine refused the last version sent:
%1
%2 (shipment header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/validationfindingsmodel.cpp" line="95"/>
        <source>%1
%2 at %3 (click to show the line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/validationfindingsmodel.cpp" line="97"/>
        <source>%1
%2 (shipment header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/validationfindingsmodel.cpp" line="115"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/validationfindingsmodel.cpp" line="117"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/validationfindingsmodel.cpp" line="119"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/validationfindingsmodel.cpp" line="121"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::ValidationPanel</name>
    <message>
        <location filename="../src/ui/validationpanel.cpp" line="66"/>
        <source>Findings — Errors: %1 · Warnings: %2 · Notes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/validationpanel.cpp" line="71"/>
        <source> · ChannelEngine refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZplLabelWriter</name>
    <message>
        <location filename="../src/labels/zpllabelwriter.cpp" line="56"/>
        <source>&quot;%1&quot; has characters beyond Latin that the printer&apos;s font 0 may not print: check the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/zpllabelwriter.cpp" line="79"/>
        <source>The barcode &quot;%1&quot; does not fit its zone with quiet zones of %2 modules at %3 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/zpllabelwriter.cpp" line="87"/>
        <source>The SSCC barcode&apos;s X-dimension (%1 dots at %2 dpi) is below GS1&apos;s 0.495 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/labels/zpllabelwriter.cpp" line="104"/>
        <location filename="../src/labels/zpllabelwriter.cpp" line="111"/>
        <source>Label %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/gui/main.cpp" line="45"/>
        <source>The packing station for Amazon Vendor purchase orders through ChannelEngine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/gui/main.cpp" line="50"/>
        <source>Start with the built-in sandbox, demo purchase orders and a throwaway database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/gui/main.cpp" line="56"/>
        <source>Purchase orders in the demo (default 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/gui/main.cpp" line="61"/>
        <source>Demo: the sandbox fails every request once the orders are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/gui/main.cpp" line="67"/>
        <source>Use this SQLite file or postgresql:// URL for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/gui/main.cpp" line="71"/>
        <source>Use this station name for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/gui/main.cpp" line="75"/>
        <source>Open the settings dialog first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/gui/main.cpp" line="91"/>
        <source>vendorpack: --demo-orders must be 1 to 100000
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/gui/main.cpp" line="105"/>
        <source>VendorPack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
