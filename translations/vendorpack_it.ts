<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
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
    <name>PreparedStatement</name>
    <message>
        <location filename="../src/storage/preparedstatement.h" line="59"/>
        <source>SQL error (%1): %2</source>
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
        <location filename="../src/storage/purchaseorderrepository.cpp" line="208"/>
        <source>a purchase order from the API has no ChannelPurchaseOrderNo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="236"/>
        <source>the database returned no id for purchase order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="373"/>
        <source>the stored purchase orders cannot be read back (%1 of %2 read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="452"/>
        <source>purchase order %1 is not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="458"/>
        <source>purchase order %1 has no line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="461"/>
        <source>line %1 (SKU %2) of purchase order %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="469"/>
        <source>%1: an acknowledgement has no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="471"/>
        <source>%1: a quantity is negative (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="474"/>
        <source>%1: %2 rejected units have no rejection reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/purchaseorderrepository.cpp" line="480"/>
        <source>%1: the acknowledged quantities add up to %2, but the line orders %3</source>
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
        <location filename="../src/storage/shipmentrepository.cpp" line="314"/>
        <source>a shipment needs a MerchantShipmentNo to be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="338"/>
        <source>a shipment with MerchantShipmentNo %1 is already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="414"/>
        <location filename="../src/storage/shipmentrepository.cpp" line="449"/>
        <source>there is no shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="430"/>
        <location filename="../src/storage/shipmentrepository.cpp" line="546"/>
        <location filename="../src/storage/shipmentrepository.cpp" line="783"/>
        <location filename="../src/storage/shipmentrepository.cpp" line="847"/>
        <source>there is no shipment with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="460"/>
        <source>shipment %1 has an unknown status &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="488"/>
        <source>shipment %1 could not be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="494"/>
        <source>shipment %1 has %2 stored nodes, of which %3 could be read into the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="554"/>
        <source>another station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="560"/>
        <source>shipment %1 was changed at station %2 (version %3); reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="592"/>
        <source>node %1 has no pallet, carton or item type; the shipment cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="642"/>
        <location filename="../src/storage/shipmentrepository.cpp" line="677"/>
        <source>a change needs an audit entry with an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="724"/>
        <source>the lease on shipment %1 changed meanwhile; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="728"/>
        <source>the shipment is open at station %1 (%2) until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/shipmentrepository.cpp" line="737"/>
        <location filename="../src/storage/shipmentrepository.cpp" line="760"/>
        <source>a lease needs a station name</source>
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
        <location filename="../src/ui/appcontroller.cpp" line="37"/>
        <source>This computer has no usable key store (%1). The API key and the database password are kept in %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="74"/>
        <source>Welcome to VendorPack. Set up this packing station: its name, the database, and the ChannelEngine API it works with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="109"/>
        <source>Demo mode: %1 purchase orders from the built-in sandbox at %2 and a throwaway database. Nothing is sent to ChannelEngine, and everything is gone when the window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="124"/>
        <source>Demo mode: these are the settings of the throwaway demo station. The database and the API stay the sandbox&apos;s, and every change is forgotten when the window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="160"/>
        <source>The settings cannot be used yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="165"/>
        <source>The database setting cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="194"/>
        <source>The database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="215"/>
        <source>No API key is stored; enter it in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="217"/>
        <source>The API key could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="248"/>
        <source>Secrets Stored in a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="287"/>
        <source>Last pull: %1 purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="288"/>
        <source>Pulled %1 purchase orders: %2 new, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/appcontroller.cpp" line="295"/>
        <source>%n cancelled by Amazon.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/appcontroller.cpp" line="305"/>
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
    <name>VendorPack::DemoSetup</name>
    <message>
        <location filename="../src/ui/demosetup.cpp" line="166"/>
        <source>Cannot create a temporary folder for the demo database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/demosetup.cpp" line="177"/>
        <source>Cannot start the demo sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/demosetup.cpp" line="188"/>
        <source>Cannot set the demo SSCC range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/demosetup.cpp" line="193"/>
        <source>Cannot store the demo site settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/demosetup.cpp" line="204"/>
        <source>Cannot import the demo product catalog: %1</source>
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
    <name>VendorPack::MainWindow</name>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="98"/>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="102"/>
        <source>Station, ChannelEngine, GS1 numbering, limits and carton types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="105"/>
        <source>&amp;Pull Orders Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="108"/>
        <source>Pull Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="109"/>
        <source>Fetch new and changed purchase orders from ChannelEngine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="113"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="120"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="124"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="129"/>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="139"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="142"/>
        <source>&amp;About VendorPack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="152"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="159"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="163"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="164"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="172"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="183"/>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="221"/>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="240"/>
        <source>sync: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="241"/>
        <source>The shipment sync is not running on this station yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="253"/>
        <source>Station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="254"/>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="258"/>
        <source>DB %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="258"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="266"/>
        <source>API: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="267"/>
        <source>Set the API URL and key in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="271"/>
        <source>API: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="274"/>
        <source>API: pulling orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="277"/>
        <source>API: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="322"/>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="331"/>
        <source>Packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="332"/>
        <source>The shipment tree, the scan bar and the PO lines still to pack come here: pick purchase orders on the Orders page and choose Pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="335"/>
        <source>New &amp;Pallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="337"/>
        <source>New &amp;Carton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="339"/>
        <source>C&amp;lose Carton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="341"/>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="342"/>
        <source>&amp;Packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="359"/>
        <source>Show the %1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="450"/>
        <source>%1 – VendorPack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="456"/>
        <source>[DEMO]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="469"/>
        <source>About VendorPack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="470"/>
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
    <name>VendorPack::OrderPuller</name>
    <message>
        <location filename="../src/ui/orderpuller.cpp" line="46"/>
        <source>The purchase orders could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPack::OrdersPlaceholderPage</name>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="29"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="31"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="33"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="35"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="37"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="39"/>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="43"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="69"/>
        <source>Filter by PO, status, warehouse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="75"/>
        <source>PO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="75"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="75"/>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="75"/>
        <source>Ship window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="75"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="75"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="126"/>
        <source>The purchase orders could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="161"/>
        <source>Purchase orders: %1 open of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="179"/>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a purchase order to see its lines.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="191"/>
        <source>PO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="197"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="197"/>
        <source>ASIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="198"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="199"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="200"/>
        <source>Backorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="203"/>
        <source>cases of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="204"/>
        <source>eaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="209"/>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/ordersplaceholderpage.cpp" line="209"/>
        <source>no</source>
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
    <name>VendorPack::SettingsDialog</name>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="51"/>
        <source>inches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="53"/>
        <source>feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="55"/>
        <source>metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="57"/>
        <source>yards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="68"/>
        <source>pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="70"/>
        <source>ounces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="72"/>
        <source>kilograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="74"/>
        <source>grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="125"/>
        <source>VendorPack Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="137"/>
        <source>&amp;Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="138"/>
        <source>&amp;ChannelEngine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="139"/>
        <source>&amp;GS1 and Ship-from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="140"/>
        <source>&amp;Units and Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="141"/>
        <source>C&amp;arton Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="173"/>
        <source>The site settings could not be read from the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="204"/>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="206"/>
        <source>Remove the stored secret when you press OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="223"/>
        <source>will be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="225"/>
        <source>stored; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="227"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="236"/>
        <source>e.g. DOCK-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="237"/>
        <source>Other stations show a shipment open here as &quot;open at station ...&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="239"/>
        <source>who packs at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="244"/>
        <source>empty: the default file; or postgresql://user@host:5432/db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="245"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="248"/>
        <source>SQLite Database File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="249"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="265"/>
        <source>Database password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="267"/>
        <source>A SQLite file serves one station. Several stations of one site share a PostgreSQL database; its password is kept in the key store, never in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="290"/>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="292"/>
        <source>e.g. 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="301"/>
        <source>The API key and the database password are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="304"/>
        <source>Warning: there is no usable key store on this computer. The API key and the database password are kept in %1, NOT encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="319"/>
        <source>6 to 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="320"/>
        <source>0 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="329"/>
        <source>Every SSCC is the extension digit, the company prefix, a serial from the ledger and a check digit. These settings apply to every station of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="339"/>
        <source>vendor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="345"/>
        <source>e.g. US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="347"/>
        <source>Ship-from party id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="349"/>
        <source>Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="350"/>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="353"/>
        <source>Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="355"/>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="357"/>
        <source>State or region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="378"/>
        <source>Lengths in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="379"/>
        <source>Weights in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="387"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="390"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="392"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="394"/>
        <source>POs per carton, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="395"/>
        <source>Carton weight, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="396"/>
        <source>Pallet weight, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="397"/>
        <source>Pallet height, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="398"/>
        <source>Shelf life left, at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="399"/>
        <source>Carton weight tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="400"/>
        <source>SSCC not reused within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="416"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="416"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="416"/>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="416"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="416"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="416"/>
        <source>Pallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="424"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="426"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="442"/>
        <source>Picked when a carton is closed; a pallet base when a pallet is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="483"/>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="483"/>
        <source>width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="483"/>
        <source>height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="495"/>
        <source>the %1 &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="614"/>
        <source> in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="614"/>
        <source> cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="629"/>
        <source> lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="629"/>
        <source> kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/settingsdialog.cpp" line="712"/>
        <source>(and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="751"/>
        <location filename="../src/ui/settingsdialog.cpp" line="764"/>
        <location filename="../src/ui/settingsdialog.cpp" line="773"/>
        <source>Settings Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="752"/>
        <source>The secret could not be stored in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="765"/>
        <source>The site settings could not be stored in the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="774"/>
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
    <name>main</name>
    <message>
        <location filename="../src/app/gui/main.cpp" line="41"/>
        <source>The packing station for Amazon Vendor purchase orders through ChannelEngine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/gui/main.cpp" line="46"/>
        <source>Start with the built-in sandbox, demo purchase orders and a throwaway database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/gui/main.cpp" line="52"/>
        <source>Purchase orders in the demo (default 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/gui/main.cpp" line="56"/>
        <source>Use this SQLite file or postgresql:// URL for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/gui/main.cpp" line="60"/>
        <source>Use this station name for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/gui/main.cpp" line="64"/>
        <source>Open the settings dialog first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/gui/main.cpp" line="79"/>
        <source>vendorpack: --demo-orders must be 1 to 100000
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/gui/main.cpp" line="93"/>
        <source>VendorPack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
