<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="185"/>
        <source>Use either --query or --pulse, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="192"/>
        <source>--query needs a search text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="200"/>
        <source>A pulse id is 24 hexadecimal characters; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="143"/>
        <location filename="../app/CommandLine.cpp" line="213"/>
        <source>--otx-url must be an http or https URL, such as https://otx.alienvault.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="233"/>
        <source>key ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="238"/>
        <source>No other OTX key is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="239"/>
        <source>No OTX API key: set OTXDESK_OTX_KEY, add a key with &quot;otxdesk keys add NAME&quot;, or save the key in otxdesk&apos;s Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="251"/>
        <source>Cancelling; the pages already stored are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="253"/>
        <source>Sync cancelled; the pages already stored are kept, and the next sync finishes the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="303"/>
        <source>Use either --pulse or --pending, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="315"/>
        <source>--pending takes a number of pulses, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="331"/>
        <location filename="../app/CommandLine.cpp" line="480"/>
        <source>No MISP server: give --misp-url https://misp.example.org, or set the MISP address in otxdesk&apos;s Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="341"/>
        <location filename="../app/CommandLine.cpp" line="487"/>
        <source>No MISP API key: set OTXDESK_MISP_KEY, or save the key in otxdesk&apos;s Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="348"/>
        <source>Warning: TLS verification is off for %1 (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="353"/>
        <source>Cancelling after the current batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="355"/>
        <source>Export cancelled; what MISP accepted is recorded, and the next export finishes the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="361"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="365"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="410"/>
        <source>Use one of --pulse, --pending, --values and --misp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="414"/>
        <source>--types and --days go with --misp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="428"/>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="442"/>
        <source>--pending takes a number of indicators, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="454"/>
        <source>--days takes a number of days, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="496"/>
        <source>Cancelling; what was enriched is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="498"/>
        <source>Enrichment cancelled; what was enriched is kept, and the next run does the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="545"/>
        <source>works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="547"/>
        <source>refused by OTX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="549"/>
        <source>resting until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="552"/>
        <source>limited by OTX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="554"/>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="557"/>
        <source>%1%2  %3 of %4 today, %5 per minute  %6</source>
        <extracomment>A key in `otxdesk keys list`: name, (primary), used/limit today, per minute, state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="558"/>
        <source> (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="579"/>
        <source>Use: keys list | keys add NAME (the key on standard input) | keys remove NAME | keys test [NAME] | keys primary NAME | keys rename NAME NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="621"/>
        <source>No OTX keys. Add one with: otxdesk keys add NAME &lt; keyfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="630"/>
        <source>OTX key for &quot;%1&quot; (not shown; Enter to finish): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="632"/>
        <source>Could not read the key from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="643"/>
        <source>--daily-limit takes 1 or more, --per-minute 0 (no limit) or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="650"/>
        <source>Added the OTX key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="657"/>
        <source>Removed the OTX key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="664"/>
        <source>&quot;%1&quot; is now the primary OTX key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="671"/>
        <source>Renamed the OTX key &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="734"/>
        <source>Could not write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="770"/>
        <source>otxdesk: AlienVault OTX pulses in a local store.

Without a command the window opens. Commands:
  sync [--query Q | --pulse ID]  run one sync and print its summary
  stats --json                   print totals as JSON
  pulses --json                  print every stored pulse as JSON
  export-misp [--pulse ID | --pending N] [--publish] [--misp-url URL]
                                 export pulses to MISP (key from the
                                 keychain or OTXDESK_MISP_KEY)
  enrich [--pulse ID | --pending N | --values FILE |
          --misp [--types T,..] [--days N]] [--force]
                                 enrich indicators with OTX (keys from the
                                 key ring, or OTXDESK_OTX_KEY=K1,K2,...)
  keys list | add NAME | remove NAME | test [NAME] | primary NAME |
       rename NAME NEW           manage the OTX keys (add reads the key
                                 from standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="788"/>
        <source>sync, stats, pulses, export-misp, enrich or keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="858"/>
        <source>--pulse goes with sync, export-misp or enrich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="862"/>
        <source>--pending goes with export-misp or enrich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="866"/>
        <source>--publish goes with export-misp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="870"/>
        <source>--misp-url goes with export-misp or enrich --misp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="876"/>
        <source>--values, --force, --misp, --types and --days go with enrich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="880"/>
        <source>--daily-limit and --per-minute go with keys add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="817"/>
        <source>export-misp: publish each event once exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="818"/>
        <source>MISP base URL (default: the one in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="853"/>
        <source>--query goes with sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="790"/>
        <source>sync: search OTX for Q and store the matching pulses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="792"/>
        <source>sync: fetch the pulse with this id. export-misp: export it (repeatable). enrich: enrich its indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="796"/>
        <source>export-misp: export at most N pulses waiting for export (default: all). enrich: at most N indicators waiting (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="800"/>
        <source>enrich: the indicators in FILE (- for standard input), one per line, as &quot;value&quot; or &quot;&lt;OTX type&gt; value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="803"/>
        <source>enrich: fetch even indicators enriched recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="805"/>
        <source>enrich: the indicators of MISP attributes (High-threat events first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="807"/>
        <source>enrich --misp: only these MISP types, comma-separated (ip-dst,domain,md5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="809"/>
        <source>enrich --misp: only events published in the last N days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="811"/>
        <source>keys add: requests the key may make per day (default 9000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="814"/>
        <source>keys add: requests the key may make per minute (default 120; 0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="819"/>
        <source>stats, pulses, export-misp, enrich, keys list: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="821"/>
        <source>sqlite:PATH or postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE] (the password comes from the keychain or PGPASSWORD); default: the database chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="825"/>
        <source>OTX base URL (default: the one in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="843"/>
        <source>Unknown command. Use sync, stats --json, pulses --json, export-misp, enrich or keys; --help lists the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="849"/>
        <source>%1 prints JSON only: add --json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/Database.cpp" line="254"/>
        <source>The Postgres database cannot be used: Qt&apos;s QPSQL driver or the PostgreSQL client library (libpq) is not installed. Install the Debian package libqt6sql6-psql, or choose the built-in SQLite database in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="262"/>
        <source>The SQLite database cannot be used: Qt&apos;s QSQLITE driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="312"/>
        <source>Could not connect to the Postgres database %1. Check the host, port, user, password and TLS mode in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="338"/>
        <source>Could not open the SQLite database %1. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="352"/>
        <source>setting up SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="389"/>
        <source>locking the schema for migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="393"/>
        <source>creating the migrations table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="397"/>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="403"/>
        <source>The database was written by a newer otxdesk (schema %1, this version knows %2). Update otxdesk before using this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="419"/>
        <source>applying schema migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="427"/>
        <source>recording schema migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="444"/>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="453"/>
        <source>committing a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="472"/>
        <source>running the statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="484"/>
        <source>The database failed while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="78"/>
        <source>finding a pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="93"/>
        <location filename="../models/PulseStore.cpp" line="881"/>
        <location filename="../models/PulseStore.cpp" line="971"/>
        <source>reading a pulse&apos;s indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="144"/>
        <source>listing MISP attributes to enrich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="167"/>
        <source>listing pulse indicators to enrich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="204"/>
        <source>adding an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="210"/>
        <source>finding an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="228"/>
        <source>reading an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="270"/>
        <source>saving MISP attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="322"/>
        <source>saving an enrichment section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="340"/>
        <source>saving an enrichment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="356"/>
        <source>reading an enrichment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="390"/>
        <source>reading enrichment sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="415"/>
        <source>counting enrichments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="263"/>
        <source>reading enrichment results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/JobRunStore.cpp" line="86"/>
        <location filename="../models/JobRunStore.cpp" line="90"/>
        <source>locking a scheduled job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/JobRunStore.cpp" line="107"/>
        <location filename="../models/JobRunStore.cpp" line="122"/>
        <location filename="../models/JobRunStore.cpp" line="238"/>
        <source>reading a scheduled job&apos;s runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/JobRunStore.cpp" line="137"/>
        <source>claiming a scheduled job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/JobRunStore.cpp" line="163"/>
        <source>recording how a scheduled job ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/JobRunStore.cpp" line="178"/>
        <source>recording that a scheduled job runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/JobRunStore.cpp" line="197"/>
        <source>closing interrupted scheduled jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/JobRunStore.cpp" line="220"/>
        <source>reading the scheduled jobs&apos; last runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="75"/>
        <source>reading the OTX keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="90"/>
        <source>reading an OTX key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="122"/>
        <source>adding an OTX key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="139"/>
        <source>removing an OTX key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="150"/>
        <source>choosing a new primary OTX key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="175"/>
        <source>renaming an OTX key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="188"/>
        <source>choosing the primary OTX key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="200"/>
        <source>changing an OTX key&apos;s limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="222"/>
        <location filename="../models/KeyStore.cpp" line="249"/>
        <source>counting a request on an OTX key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="267"/>
        <source>resetting the OTX keys&apos; daily usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="287"/>
        <source>recording an OTX key&apos;s health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="292"/>
        <source>reading the MISP export state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportStore.cpp" line="70"/>
        <source>reading a pulse&apos;s export state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportStore.cpp" line="144"/>
        <source>saving a pulse&apos;s export state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportStore.cpp" line="151"/>
        <source>clearing a pulse&apos;s export problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportStore.cpp" line="166"/>
        <source>recording a pulse&apos;s export problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportStore.cpp" line="185"/>
        <source>reading a pulse&apos;s export problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportStore.cpp" line="216"/>
        <source>listing pulses waiting for export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportStore.cpp" line="243"/>
        <source>counting exported pulses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="244"/>
        <source>reading the indicators of a pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="291"/>
        <source>reading the indicator types of a pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="185"/>
        <source>preparing to stage indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="222"/>
        <source>staging indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="250"/>
        <source>starting COPY of indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="271"/>
        <location filename="../models/PulseStore.cpp" line="278"/>
        <source>sending indicators with COPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="281"/>
        <source>ending COPY of indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="291"/>
        <source>copying indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="298"/>
        <source>analysing staged indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="361"/>
        <source>looking up a pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="428"/>
        <source>storing pulse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="438"/>
        <source>reading a new pulse&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="449"/>
        <source>storing pulse JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="473"/>
        <source>staging updated pulses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="484"/>
        <source>adding new indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="500"/>
        <source>counting new links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="514"/>
        <source>unlinking indicators that left a pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="536"/>
        <source>linking indicators to pulses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="542"/>
        <source>clearing the staging tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="571"/>
        <source>recording sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="611"/>
        <source>recording the start of a sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="629"/>
        <source>recording the end of a sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="648"/>
        <source>looking for interrupted syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="673"/>
        <source>closing interrupted syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="688"/>
        <source>reading the incremental sync cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="745"/>
        <source>counting the pulses synced per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="766"/>
        <source>reading sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="781"/>
        <source>reading a sync run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="800"/>
        <source>counting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="807"/>
        <source>counting indicators by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="815"/>
        <source>counting sync runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="845"/>
        <location filename="../models/PulseTableModel.cpp" line="271"/>
        <source>reading pulses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="923"/>
        <location filename="../models/PulseTableModel.cpp" line="208"/>
        <source>reading a pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="322"/>
        <source>counting pulses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="284"/>
        <source>reading the sync history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseConfig</name>
    <message>
        <location filename="../models/DatabaseConfig.cpp" line="28"/>
        <source>The SQLite database needs a file path, as in sqlite:/home/me/otxdesk.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DatabaseConfig.cpp" line="39"/>
        <source>The database must be sqlite:PATH or postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DatabaseConfig.cpp" line="55"/>
        <source>The Postgres URL needs a host and a database name, as in postgresql://me@127.0.0.1/otxdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DatabaseConfig.cpp" line="61"/>
        <source>Unknown sslmode &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrichmentPanel</name>
    <message numerus="yes">
        <location filename="../ui/EnrichmentPanel.cpp" line="66"/>
        <location filename="../ui/EnrichmentPanel.cpp" line="723"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/EnrichmentPanel.cpp" line="72"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="136"/>
        <source>&amp;Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="138"/>
        <source>Add, test and order your OTX keys, and see what each has left today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="147"/>
        <source>Waiting indicators (pulses and MISP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="148"/>
        <source>Indicators of one pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="149"/>
        <source>A pasted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="150"/>
        <source>MISP attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="158"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="160"/>
        <source>MISP attributes of High-threat events first, then the indicators of the newest pulses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="162"/>
        <source>At &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="169"/>
        <source>OTX pulse id, 24 hexadecimal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="170"/>
        <source>&amp;Pulse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="175"/>
        <source>One indicator per line: an address, a name, a URL, a hash or a CVE; or &quot;&lt;OTX type&gt; value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="185"/>
        <source>all types; or e.g. ip-dst, domain, md5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="188"/>
        <source>IDS or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="188"/>
        <source>IDS only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="188"/>
        <source>Not IDS only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="192"/>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="193"/>
        <location filename="../ui/EnrichmentPanel.cpp" line="227"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="194"/>
        <source>Events published within the last N days (MISP&apos;s &quot;last&quot;); events never published are then left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="197"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="197"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="197"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="197"/>
        <source>Undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="204"/>
        <source>&amp;Types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="205"/>
        <source>&amp;IDS flag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="206"/>
        <source>&amp;Published within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="207"/>
        <source>Event threat level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="226"/>
        <source>Fresh for </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="228"/>
        <source>An indicator enriched within this many days is not fetched again: its requests are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="235"/>
        <source>Fetch again even if fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fetch again even what was enriched in the last %n day(s)</source>
        <translation>
            <numerusform>Fetch again even what was enriched in the last %n day</numerusform>
            <numerusform>Fetch again even what was enriched in the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="237"/>
        <source>&amp;Enrich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="239"/>
        <source>Fetch OTX&apos;s data for the chosen indicators (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="241"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="250"/>
        <source>What to enrich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="268"/>
        <source>Filter by value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="272"/>
        <location filename="../ui/EnrichmentPanel.cpp" line="325"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="291"/>
        <source>Open in &amp;OTX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="295"/>
        <source>Section / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="295"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="319"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="319"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="319"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="319"/>
        <source>Last enriched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="331"/>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="332"/>
        <source>MISP, High-threat events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="333"/>
        <source>Pulses, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="334"/>
        <source>MISP, other events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="367"/>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="368"/>
        <source>&amp;Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="385"/>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="457"/>
        <source>MISP, High-threat event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="457"/>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="457"/>
        <source>MISP, other event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="461"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="473"/>
        <source>The first %1 waiting, in the order Enrich takes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/EnrichmentPanel.cpp" line="474"/>
        <source>%n indicator(s) waiting, in the order Enrich takes them.</source>
        <translation>
            <numerusform>%n indicator waiting, in the order Enrich takes them.</numerusform>
            <numerusform>%n indicators waiting, in the order Enrich takes them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="484"/>
        <source>Indicators: %1 enriched, %2 stale, %3 never enriched, %4 failed, %5 of types OTX cannot enrich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="493"/>
        <source>%1: %2 enriched, %3 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="509"/>
        <source>No OTX key in the key ring yet: add one under Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="517"/>
        <source>%1: %2 of %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="518"/>
        <source> (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="519"/>
        <source> (resting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="522"/>
        <source>Requests today: %1 spent. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="534"/>
        <source>Enter the pulse&apos;s OTX id, or press Enrich beside a pulse&apos;s indicators in the pulse browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="542"/>
        <source>Paste the indicators to enrich, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="564"/>
        <source>Tick at least one threat level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="566"/>
        <source>Set the MISP address and key under Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="605"/>
        <source>Enrichment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="629"/>
        <source>An enrichment is running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="641"/>
        <source>Cancelling; what was enriched is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="661"/>
        <source>Enrichment cancelled after %1 s. What was enriched is kept; the rest waits for the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="685"/>
        <source>Pick an indicator to see what OTX knows of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/EnrichmentPanel.cpp" line="692"/>
        <source>in %n pulse(s)</source>
        <translation>
            <numerusform>in %n pulse</numerusform>
            <numerusform>in %n pulses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="695"/>
        <source>ATT&amp;CK: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="698"/>
        <source>seen %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="717"/>
        <source>OTX knows nothing (HTTP 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="718"/>
        <source>failed (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrichmentService</name>
    <message numerus="yes">
        <location filename="../services/EnrichmentService.cpp" line="262"/>
        <source>OTX did not answer within %n second(s).</source>
        <translation>
            <numerusform>OTX did not answer within %n second.</numerusform>
            <numerusform>OTX did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/EnrichmentService.cpp" line="266"/>
        <source>The connection to OTX failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/EnrichmentService.cpp" line="268"/>
        <source>OTX had a server error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/EnrichmentService.cpp" line="270"/>
        <source>OTX sent a reply that is not JSON (it may have been cut off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/EnrichmentService.cpp" line="300"/>
        <source>OTX answered with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../services/EnrichmentService.cpp" line="366"/>
        <source>Enriched %1 of %2 indicators; %n request(s) left today.</source>
        <translation>
            <numerusform>Enriched %1 of %2 indicators; %n request left today.</numerusform>
            <numerusform>Enriched %1 of %2 indicators; %n requests left today.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/EnrichmentService.cpp" line="429"/>
        <source>No MISP API key: save it under Settings, MISP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/EnrichmentService.cpp" line="519"/>
        <source>Preparing the enrichment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/EnrichmentService.cpp" line="534"/>
        <source>No keychain to read the OTX keys from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/EnrichmentService.cpp" line="639"/>
        <source>Enrichment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../services/EnrichmentService.cpp" line="641"/>
        <source>Enrichment: %1 enriched, %2 unknown to OTX, %3 failed, %4 fresh (not fetched), %5 of types OTX cannot enrich; %n request(s).</source>
        <translation>
            <numerusform>Enrichment: %1 enriched, %2 unknown to OTX, %3 failed, %4 fresh (not fetched), %5 of types OTX cannot enrich; %n request.</numerusform>
            <numerusform>Enrichment: %1 enriched, %2 unknown to OTX, %3 failed, %4 fresh (not fetched), %5 of types OTX cannot enrich; %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../services/EnrichmentService.cpp" line="652"/>
        <source>From MISP: %n attribute(s), %1 of types OTX has no indicator for.</source>
        <translation>
            <numerusform>From MISP: %n attribute, %1 of types OTX has no indicator for.</numerusform>
            <numerusform>From MISP: %n attributes, %1 of types OTX has no indicator for.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../services/EnrichmentService.cpp" line="659"/>
        <source>%n value(s) of no known type were left out.</source>
        <translation>
            <numerusform>%n value of no known type were left out.</numerusform>
            <numerusform>%n values of no known type were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrichmentStore</name>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="81"/>
        <source>The store has no pulse %1. Sync it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrichmentTableModel</name>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="43"/>
        <location filename="../models/EnrichmentTableModel.cpp" line="181"/>
        <source>Enriched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="46"/>
        <source>Unknown to OTX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="49"/>
        <source>Partly enriched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="52"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="164"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="166"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="169"/>
        <source>Pulses</source>
        <extracomment>How many OTX pulses carry the indicator</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="171"/>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="173"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="175"/>
        <source>ASN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="177"/>
        <source>Malware families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="179"/>
        <source>Adversaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="183"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../services/JobRunner.cpp" line="62"/>
        <source>%1 is running it (since %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/JobRunner.cpp" line="65"/>
        <source>%1 ran it at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/JobRunner.cpp" line="67"/>
        <source>%1 ran it at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/JobRunner.cpp" line="89"/>
        <source>Not run: otxdesk was closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/JobRunner.cpp" line="94"/>
        <source>Another desktop is claiming it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/JobRunner.cpp" line="96"/>
        <source>Another desktop holds this job now. Last run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/JobRunner.cpp" line="98"/>
        <source>Another desktop holds this job now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/JobRunner.cpp" line="109"/>
        <location filename="../services/JobRunner.cpp" line="110"/>
        <source>It could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/JobRunner.cpp" line="179"/>
        <source>Interrupted: otxdesk stopped before it ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <location filename="../ui/JobsView.cpp" line="24"/>
        <source>No jobs running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsView.cpp" line="48"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsView.cpp" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsView.cpp" line="64"/>
        <source>Stop this job. What it already stored is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsView.cpp" line="78"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyManager</name>
    <message>
        <location filename="../services/KeyManager.cpp" line="36"/>
        <source>The key is empty. Paste the key from your OTX account page (Settings, API key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="43"/>
        <source>There is already an OTX key named &quot;%1&quot;. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="49"/>
        <source>The key was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="72"/>
        <source>The key &quot;%1&quot; was removed, but the keychain kept its secret: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="96"/>
        <source>The key &quot;%1&quot; cannot be renamed: its secret cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="109"/>
        <source>The key was renamed, but the keychain kept its secret under the old name &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="140"/>
        <source>OTX accepted the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="143"/>
        <source>OTX refused the key (HTTP 403): it is wrong or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="146"/>
        <source>OTX is limiting the key (HTTP 429); it works, but must rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="149"/>
        <source>The key could not be tested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="163"/>
        <source>The key &quot;%1&quot; cannot be tested: its secret cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="188"/>
        <source>The result could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <location filename="../services/KeyRing.cpp" line="95"/>
        <source>There is no OTX key in the key ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/KeyRing.cpp" line="217"/>
        <source>Waiting for the OTX keys&apos; rate limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/KeyRing.cpp" line="229"/>
        <source>There is no OTX key. Add one under Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/KeyRing.cpp" line="231"/>
        <source>Every usable OTX key has spent its daily budget. The work resumes after midnight, or add a key under Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/KeyRing.cpp" line="234"/>
        <source>OTX refused every OTX key (HTTP 403). Check the keys under Keys and test them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/KeyRing.cpp" line="237"/>
        <source>No OTX key could be read from the keychain. Unlock the keychain or enter the keys again under Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/KeyRing.cpp" line="321"/>
        <source>OTX limited this key (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../services/KeyRing.cpp" line="325"/>
        <source>OTX is limiting the key &quot;%1&quot; (HTTP 429); it rests for %n second(s) while other keys take over.</source>
        <translation>
            <numerusform>OTX is limiting the key "%1" (HTTP 429); it rests for %n second while other keys take over.</numerusform>
            <numerusform>OTX is limiting the key "%1" (HTTP 429); it rests for %n seconds while other keys take over.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/KeyRing.cpp" line="335"/>
        <source>OTX refused this key (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/KeyRing.cpp" line="339"/>
        <source>OTX refused the key &quot;%1&quot; (HTTP 403): it is wrong or revoked. It is not used again until you test it under Keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <location filename="../models/KeyStore.cpp" line="40"/>
        <source>There is no OTX key named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="56"/>
        <source>Give the key a name, such as &quot;work&quot; or &quot;team&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="59"/>
        <source>A key name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="65"/>
        <source>A key name cannot hold control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="105"/>
        <location filename="../models/KeyStore.cpp" line="166"/>
        <source>There is already an OTX key named &quot;%1&quot;. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../services/SecretStore.cpp" line="62"/>
        <source>the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/SecretStore.cpp" line="70"/>
        <source>No secret named &quot;%1&quot; is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/SecretStore.cpp" line="77"/>
        <source>The OS keychain is not available, so the secret was not read or saved. otxdesk needs a Secret Service provider (for example gnome-keyring or KWallet) running and unlocked on the session D-Bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/SecretStore.cpp" line="147"/>
        <source>The OS keychain returned something other than what was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="45"/>
        <source>Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="48"/>
        <source>Refused by OTX: test it again once fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="51"/>
        <source>Resting until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="54"/>
        <source>Limited by OTX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="56"/>
        <source>Not tested yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="73"/>
        <source>OTX keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="75"/>
        <source>The primary key is used while it has budget, then the key with the most left. A key OTX limits rests and the others take over; a key OTX refuses is not used until a test passes. The keys themselves stay in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="85"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="85"/>
        <source>Used today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="85"/>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="85"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="85"/>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="96"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="98"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="100"/>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="102"/>
        <source>Make &amp;primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="104"/>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="106"/>
        <source>One cheap request to OTX with the key; it counts towards its budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="181"/>
        <source>%1 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="185"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="191"/>
        <source>%1/day, %2/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="192"/>
        <source>%1/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="210"/>
        <source>No key yet. Add your OTX key (OTX: Settings, API key); add more to share the work between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="264"/>
        <source>Saving the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="267"/>
        <source>Added the key &quot;%1&quot;. Test it to be sure OTX takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="278"/>
        <source>Add an OTX key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="281"/>
        <source>main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="285"/>
        <source>64 hexadecimal characters, from your OTX account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="291"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="295"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="296"/>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="297"/>
        <source>Requests per &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="298"/>
        <source>Requests per &amp;minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="303"/>
        <source>Give the key a name and paste the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="321"/>
        <source>Remove the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="322"/>
        <source>Remove the OTX key &quot;%1&quot;? Its secret is deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="323"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="324"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="330"/>
        <source>Removing the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="332"/>
        <source>Removed the key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="345"/>
        <source>Rename the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="346"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="350"/>
        <source>Renaming the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="353"/>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="365"/>
        <source>Choosing the primary key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="367"/>
        <source>&quot;%1&quot; is now the primary key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="379"/>
        <source>Testing the key with OTX…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../services/Language.cpp" line="28"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>otxdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="218"/>
        <source>%n key(s) started a new day.</source>
        <translation>
            <numerusform>%n key started a new day.</numerusform>
            <numerusform>%n keys started a new day.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>Pulses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>Sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <location filename="../ui/MainWindow.cpp" line="923"/>
        <source>MISP export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <location filename="../ui/MainWindow.cpp" line="926"/>
        <source>Enrichment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="361"/>
        <source>The database could not be opened: %1 Choose another database under Settings; the change applies after a restart. No sync can run until the database works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="381"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="391"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="392"/>
        <source>Database unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="475"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="477"/>
        <source>Fetch what changed in your subscribed OTX feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="481"/>
        <source>Sync &amp;everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="483"/>
        <source>Fetch the whole subscribed feed again (within the first-sync look-back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="485"/>
        <source>Search &amp;OTX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source>Search OTX for pulses and store what it finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="490"/>
        <source>&amp;Fetch pulse by id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="492"/>
        <source>Fetch one pulse by its OTX id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="495"/>
        <source>&amp;Cancel running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="497"/>
        <source>Stop the running jobs; what they stored is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="500"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="502"/>
        <source>Read the pulses and the sync history again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="504"/>
        <source>&amp;Filter pulses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="506"/>
        <source>Type to filter the pulse table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="508"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="510"/>
        <source>OTX server and key, database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="512"/>
        <source>&amp;Export selected pulses to MISP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="514"/>
        <source>Export the pulses selected in the MISP export panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="516"/>
        <source>Export all &amp;waiting pulses to MISP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="518"/>
        <source>Export every pulse never exported, changed since, or whose last export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="521"/>
        <source>E&amp;nrich indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>Enrich what the Enrichment panel has chosen (Ctrl+Return there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="525"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="527"/>
        <source>Close otxdesk; if jobs run, it asks whether to let them finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="529"/>
        <source>&amp;About otxdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="529"/>
        <source>Version and purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="549"/>
        <source>Export to MISP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="550"/>
        <source>Export every pulse waiting for export to MISP now? The MISP export panel lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="552"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="574"/>
        <source>About otxdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="575"/>
        <source>otxdesk %1

A desktop workbench for AlienVault OTX pulses: sync, browse and filter them, export them to MISP and enrich their indicators, with keys kept in the OS keychain.

Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="582"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="586"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="591"/>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="597"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="611"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="614"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="642"/>
        <source>Search OTX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="643"/>
        <source>Search OTX for pulses about (a name, tag, adversary, malware or indicator):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="650"/>
        <source>Nothing to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="667"/>
        <source>Fetch pulse by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="668"/>
        <source>OTX pulse id (24 hexadecimal characters) or the pulse&apos;s page address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="676"/>
        <source>Not a pulse id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="677"/>
        <source>“%1” is not an OTX pulse id. A pulse id has 24 hexadecimal characters, such as 57204e9b3c4c3e015d93cb12; the address of a pulse&apos;s page works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="694"/>
        <source>A sync is already running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="699"/>
        <source>Reading the OTX key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="712"/>
        <source>Sync cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="721"/>
        <source>key ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="727"/>
        <source>The sync did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="729"/>
        <source>The sync did not start: the OTX key could not be read. %1

In Settings you can enter the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="733"/>
        <source>The sync did not start: no OTX API key is saved. Enter your key under Settings (OTX → API key), then press Sync now again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="736"/>
        <source>The sync did not start: no OTX key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="744"/>
        <source>No OTX key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="746"/>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="877"/>
        <source>From the scheduled sync: new pulses %L1, updated pulses %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="939"/>
        <source>Still running: %1. Let them finish in the background, or cancel them and quit? What they stored so far is kept either way. In the background otxdesk stays in the tray, running its schedule, until you choose Quit from the tray icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="553"/>
        <location filename="../ui/MainWindow.cpp" line="747"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="838"/>
        <source>Sync started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="859"/>
        <source>Sync cancelled after %1 s. The pages already stored are kept; see Sync history for the counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="876"/>
        <source>New OTX pulses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="890"/>
        <source>Cancelling… the job stops after the current request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="920"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="938"/>
        <source>Jobs are running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="944"/>
        <source>Keep running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="945"/>
        <source>Keep running (minimised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="946"/>
        <source>Cancel them and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="971"/>
        <source>otxdesk keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="972"/>
        <source>The jobs go on in the background; otxdesk stays in the tray. Quit from the tray icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1048"/>
        <source>Search OTX for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1050"/>
        <source>Fetch pulse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1053"/>
        <source>Sync the whole subscribed feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1054"/>
        <source>Sync subscribed pulses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../services/SecretStore.cpp" line="159"/>
        <source>No secret named &quot;%1&quot; is held for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/SecretStore.cpp" line="182"/>
        <source>this session only (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MispAttributes</name>
    <message>
        <location filename="../services/MispAttributes.cpp" line="106"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispAttributes.cpp" line="129"/>
        <source>MISP refused the attribute search (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MispClient</name>
    <message>
        <location filename="../services/MispClient.cpp" line="107"/>
        <source>HTTP %1 without an explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="125"/>
        <location filename="../services/MispClient.cpp" line="147"/>
        <location filename="../services/MispClient.cpp" line="244"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="154"/>
        <source>The secure connection to MISP at %1 failed: its certificate could not be verified. Install the server&apos;s CA certificate, or turn off TLS verification for this server in Settings if you trust the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="165"/>
        <source>MISP at %1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="170"/>
        <source>Could not reach MISP at %1, or the connection dropped. Check the network and the MISP address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="179"/>
        <source>MISP at %1 answered as to a web browser (a redirect to its login page), not as an API. Check that the address is MISP&apos;s base URL, without a path such as /users/login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="187"/>
        <source>MISP had a server error (HTTP %1). Try again later; if it persists, MISP&apos;s error log says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="197"/>
        <source>MISP at %1 answered with something that is not JSON (HTTP %2). Check that the address points at MISP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="207"/>
        <source>MISP refused the API key. Check the key in Settings (MISP: your profile, Auth keys) and that its user may use the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="213"/>
        <source>The MISP key&apos;s role may not do this (%1). Ask a MISP admin for a role that may add, tag and publish events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="222"/>
        <source>MISP is limiting this key&apos;s searches (HTTP 429). Wait and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="252"/>
        <source>The MISP address is not a URL. Enter it as https://misp.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="257"/>
        <source>No MISP API key is set. Enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="264"/>
        <source>The server at %1 does not answer like MISP (no version). Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="277"/>
        <source>MISP would not say whose key this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="293"/>
        <source>The key works, but its MISP role may not add events. Ask a MISP admin for a role with &quot;add&quot; permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="308"/>
        <source>MISP would not list its attribute types.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MispExportModel</name>
    <message>
        <location filename="../models/MispExportModel.cpp" line="78"/>
        <source>Waiting: never exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="81"/>
        <source>Waiting: changed since export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="84"/>
        <source>Waiting: export stopped half-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="87"/>
        <source>Waiting: last export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="90"/>
        <source>Exported, with refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="90"/>
        <location filename="../models/MispExportModel.cpp" line="226"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="93"/>
        <source>Blocked by MISP (event deleted there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="96"/>
        <source>Skipped: nothing MISP can take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="131"/>
        <source>%1 (default)</source>
        <extracomment>A TLP tag that was not in the pulse but came from the default in Settings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="148"/>
        <source>Event uuid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="205"/>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="207"/>
        <source>Export state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="210"/>
        <source>Event</source>
        <extracomment>The MISP event id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="213"/>
        <source>Sent</source>
        <extracomment>Attributes sent to MISP</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="216"/>
        <source>In event</source>
        <extracomment>Attributes the MISP event holds after the export</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="219"/>
        <source>Refused</source>
        <extracomment>Attributes MISP refused or dropped</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="222"/>
        <source>Not sent</source>
        <extracomment>Indicators not sent because MISP has no type for them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="224"/>
        <source>TLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="228"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="230"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="232"/>
        <source>OTX id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MispExportPanel</name>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="79"/>
        <source>Check ser&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="81"/>
        <source>Checks the address and the key, and shows MISP&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="82"/>
        <source>MISP settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="100"/>
        <source>All pulses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="101"/>
        <source>Waiting for export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="102"/>
        <source>With problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="103"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="104"/>
        <source>&amp;Export selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="106"/>
        <source>Export the selected pulses (Ctrl+E). An unchanged pulse sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="108"/>
        <source>Export &amp;all waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="110"/>
        <source>Export every pulse never exported, changed since, or whose last export failed (Ctrl+Shift+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="112"/>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="114"/>
        <source>Publish the selected pulses&apos; events in MISP (without e-mail alerts). Empty events are never published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="116"/>
        <source>&amp;Open in MISP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="118"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="217"/>
        <source>Could not read the export state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="255"/>
        <source>No MISP server is set. Enter its address and key in Settings to export pulses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="260"/>
        <source>version not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="261"/>
        <source>MISP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="262"/>
        <source>MISP server: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="266"/>
        <source>TLS verification is OFF for this server (Settings): the connection could be intercepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="282"/>
        <source>%1 pulses: %2 exported, %3 waiting, %4 failed, %5 blocked by MISP, %6 with nothing to export; %7 published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="330"/>
        <source>Select a pulse to see its MISP event and what MISP refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="339"/>
        <source>Event &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="347"/>
        <source>%1 sent, %2 in the event, %3 refused, %4 not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MispExportPanel.cpp" line="380"/>
        <source>Export %n pulse(s) to MISP</source>
        <translation>
            <numerusform>Export %n pulse to MISP</numerusform>
            <numerusform>Export %n pulses to MISP</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="387"/>
        <source>Export waiting pulses to MISP</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MispExportPanel.cpp" line="398"/>
        <source>Scheduled export of up to %n waiting pulse(s)</source>
        <translation>
            <numerusform>Scheduled export of up to %n waiting pulse</numerusform>
            <numerusform>Scheduled export of up to %n waiting pulses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MispExportPanel.cpp" line="411"/>
        <source>Publish %n MISP event(s)</source>
        <translation>
            <numerusform>Publish %n MISP event</numerusform>
            <numerusform>Publish %n MISP events</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="418"/>
        <source>Cancelling after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="428"/>
        <source>Check the MISP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="438"/>
        <source>Reading the MISP key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="445"/>
        <source>Export cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="454"/>
        <source>No MISP key is saved. Enter it in Settings (MISP, API key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="456"/>
        <source>The MISP key could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="523"/>
        <source>MISP %1 answers, and the key works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="535"/>
        <source>MISP export cancelled after %1 s. What MISP accepted is recorded; the pulses left wait for the next export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MispExportService</name>
    <message>
        <location filename="../services/MispExportService.cpp" line="642"/>
        <source>Connecting to MISP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="665"/>
        <source>MISP did not list its attribute types; types are not checked before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="691"/>
        <source>Pulse %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="698"/>
        <source>Pulse %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="741"/>
        <source>MISP export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../services/MispExportService.cpp" line="744"/>
        <source>MISP export %1: %n pulse(s); created %2, updated %3, unchanged %4, skipped %5, blocked %6, failed %7; %8 attributes in events.</source>
        <translation>
            <numerusform>MISP export %1: %n pulse; created %2, updated %3, unchanged %4, skipped %5, blocked %6, failed %7; %8 attributes in events.</numerusform>
            <numerusform>MISP export %1: %n pulses; created %2, updated %3, unchanged %4, skipped %5, blocked %6, failed %7; %8 attributes in events.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="748"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="748"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="757"/>
        <source>Published %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MispGalaxy</name>
    <message>
        <location filename="../services/MispMapping.cpp" line="190"/>
        <source>Could not read the ATT&amp;CK galaxy file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispMapping.cpp" line="214"/>
        <source>Could not read the threat-actor galaxy file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispMapping.cpp" line="231"/>
        <source>The folder %1 holds no misp-galaxy data. Choose the folder with mitre-attack-pattern.json and threat-actor.json (misp-galaxy&apos;s clusters folder).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MispMapping</name>
    <message>
        <location filename="../services/MispMapping.cpp" line="406"/>
        <source>OTX pulse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispMapping.cpp" line="434"/>
        <source>&quot;%1&quot; is not an ATT&amp;CK id; no tag for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispMapping.cpp" line="441"/>
        <source>ATT&amp;CK id %1 is not in the galaxy data; no tag for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispMapping.cpp" line="483"/>
        <source>MISP has no attribute type for osquery queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispMapping.cpp" line="485"/>
        <source>otxdesk does not know the OTX type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispMapping.cpp" line="493"/>
        <source>This MISP server does not know the type %1 in the category %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispMapping.cpp" line="501"/>
        <source>The YARA indicator has no rule text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispMapping.cpp" line="510"/>
        <source>The value is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MispProblemModel</name>
    <message>
        <location filename="../models/MispProblemModel.cpp" line="40"/>
        <source>Refused by MISP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispProblemModel.cpp" line="43"/>
        <source>Dropped by MISP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispProblemModel.cpp" line="46"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispProblemModel.cpp" line="83"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispProblemModel.cpp" line="85"/>
        <source>OTX type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispProblemModel.cpp" line="87"/>
        <source>MISP type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispProblemModel.cpp" line="89"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/MispProblemModel.cpp" line="91"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MispSettingsBox</name>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="56"/>
        <source>MISP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="68"/>
        <source>Ser&amp;ver URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="72"/>
        <source>Paste a key to save or replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="73"/>
        <source>A MISP auth key (in MISP: your profile, Auth keys). It is kept in the OS keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="75"/>
        <source>API ke&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="80"/>
        <source>Verify the server&apos;s TLS &amp;certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="82"/>
        <source>Turn off only for a server with a self-signed certificate on a network you trust. The choice is kept for this server only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="90"/>
        <source>Test MISP co&amp;nnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="103"/>
        <source>Your organisation only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="104"/>
        <source>This community only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="105"/>
        <source>Connected communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="106"/>
        <source>All communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="107"/>
        <source>&amp;Distribution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="110"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="111"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="112"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="113"/>
        <source>Undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="114"/>
        <source>T&amp;hreat level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="117"/>
        <source>Initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="118"/>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="119"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="120"/>
        <source>A&amp;nalysis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="123"/>
        <source>tlp:clear (TLP 2.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="124"/>
        <source>tlp:white (TLP 1.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="125"/>
        <source>OTX &quot;white&quot; becomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="136"/>
        <source>The TLP tag for pulses that have none; the Export panel marks it as a default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="138"/>
        <source>TLP when a pulse has &amp;none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="139"/>
        <source>Send the pulse&apos;s own &amp;tags as MISP tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="144"/>
        <source>A tag on every exported event saying where it came from; leave empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="146"/>
        <source>So&amp;urce tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="150"/>
        <source>Attributes per request to MISP. Large pulses go in several requests of this size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="152"/>
        <source>Attributes per re&amp;quest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="156"/>
        <source>misp-galaxy&apos;s clusters folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="157"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="161"/>
        <source>&amp;Galaxy data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="174"/>
        <source>misp-galaxy data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="218"/>
        <source>The MISP server URL must be a web address such as https://misp.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="262"/>
        <source>Enter the MISP server&apos;s address first, such as https://misp.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="273"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="282"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="289"/>
        <source>add events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="291"/>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="294"/>
        <source>publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="296"/>
        <source>Connected to MISP %1 (organisation %2). The key may %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="299"/>
        <source>Without the tagger permission, events get no TLP or ATT&amp;CK tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="302"/>
        <source>Tags that do not exist in MISP yet are dropped by MISP: the key&apos;s role may not create tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="315"/>
        <source>No MISP key is saved. Paste the key above, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="335"/>
        <source>A MISP key is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="338"/>
        <source>A MISP key is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="343"/>
        <source>No MISP key saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="371"/>
        <source>TLS verification is OFF for this server: anyone on the network path could pose as it, read the API key and change what is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="383"/>
        <source>No galaxy data: ATT&amp;CK ids get no tags and adversaries plain tags. Choose misp-galaxy&apos;s clusters folder (with mitre-attack-pattern.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="394"/>
        <source>%1 ATT&amp;CK patterns and %2 threat-actor names loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MispTypeTable</name>
    <message>
        <location filename="../services/MispMapping.cpp" line="130"/>
        <source>MISP&apos;s list of attribute types is empty or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtxClient</name>
    <message>
        <location filename="../services/OtxClient.cpp" line="102"/>
        <source>OTX sent a page link that is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="129"/>
        <location filename="../services/OtxClient.cpp" line="151"/>
        <location filename="../services/OtxClient.cpp" line="181"/>
        <location filename="../services/OtxClient.cpp" line="264"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="189"/>
        <source>OTX did not answer within %1 seconds. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="196"/>
        <source>The secure connection to OTX failed: its certificate could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="198"/>
        <source>Could not reach OTX at %1, or the connection dropped. Check the network and the OTX address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="210"/>
        <source>OTX sent a reply that is not valid JSON (it may have been cut off). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="221"/>
        <source>OTX refused the API key. Check the key in Settings (it is on your OTX account page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="226"/>
        <source>OTX has no such item (HTTP 404). Check the pulse id or the OTX address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="231"/>
        <source>OTX is limiting requests for this key (HTTP 429). Wait a while and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="239"/>
        <source>OTX had a server error (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="245"/>
        <source>OTX answered with an unexpected HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtxParser</name>
    <message>
        <location filename="../services/OtxParser.cpp" line="147"/>
        <source>OTX sent a pulse without an id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="111"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="121"/>
        <location filename="../ui/OverviewPanel.cpp" line="351"/>
        <source>Pulses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="122"/>
        <location filename="../ui/OverviewPanel.cpp" line="377"/>
        <location filename="../ui/OverviewPanel.cpp" line="392"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="123"/>
        <source>Exported to MISP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="124"/>
        <source>Waiting for export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="125"/>
        <location filename="../ui/OverviewPanel.cpp" line="467"/>
        <source>Enriched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="126"/>
        <source>Keys with budget left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="127"/>
        <source>Next scheduled run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="149"/>
        <source>OTX keys OTX has not refused whose daily budget is not spent. A key whose secret is missing on this desktop still counts: another desktop may hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="201"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="202"/>
        <source>No scheduled job is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="232"/>
        <source>The overview could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="302"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/OverviewPanel.cpp" line="320"/>
        <source>Pulses synced per day (last %n day(s))</source>
        <translation>
            <numerusform>Pulses synced per day (last %n day)</numerusform>
            <numerusform>Pulses synced per day (last %n days)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="321"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="322"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="363"/>
        <source>Indicators by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="381"/>
        <location filename="../ui/OverviewPanel.cpp" line="414"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/OverviewPanel.cpp" line="400"/>
        <source>Sync runs by outcome and duration (latest %n)</source>
        <translation>
            <numerusform>Sync runs by outcome and duration (latest %n)</numerusform>
            <numerusform>Sync runs by outcome and duration (latest %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="433"/>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="454"/>
        <source>MISP export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="455"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="456"/>
        <location filename="../ui/OverviewPanel.cpp" line="469"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="457"/>
        <location filename="../ui/OverviewPanel.cpp" line="470"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="458"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="459"/>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="466"/>
        <source>Enrichment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="468"/>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="471"/>
        <source>Type not enrichable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="483"/>
        <source>%1: %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="488"/>
        <source>%1 (nothing yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="500"/>
        <source>OTX key usage today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="501"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="502"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="513"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PulseBrowser</name>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="63"/>
        <source>Search names, descriptions and tags; indicators by exact value or its start (4+ characters, no substring search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="65"/>
        <source>Free text matches pulse names, descriptions and tags anywhere, and a pulse id exactly. Indicator values match exactly or by their beginning, such as &quot;198.51.100.&quot; or &quot;evil.example&quot;: searching inside millions of indicator values would take too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="71"/>
        <source>Any TLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="73"/>
        <source>TLP:WHITE</source>
        <extracomment>Traffic Light Protocol labels</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="74"/>
        <source>TLP:GREEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="75"/>
        <source>TLP:AMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="76"/>
        <source>TLP:RED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="77"/>
        <source>Adversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="78"/>
        <source>Malware family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="79"/>
        <source>ATT&amp;CK id, e.g. T1566</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="80"/>
        <source>Tag (whole tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="81"/>
        <source>&amp;Modified from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="91"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="92"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="191"/>
        <source>Could not read the pulses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="292"/>
        <source>Could not read the pulse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PulseBrowser.cpp" line="304"/>
        <source>%n pulse(s) match</source>
        <translation>
            <numerusform>%n pulse match</numerusform>
            <numerusform>%n pulses match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PulseBrowser.cpp" line="305"/>
        <source>%n pulse(s)</source>
        <translation>
            <numerusform>%n pulse</numerusform>
            <numerusform>%n pulses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PulseBrowser.cpp" line="307"/>
        <source>%n pulse(s) loaded</source>
        <translation>
            <numerusform>%n pulse loaded</numerusform>
            <numerusform>%n pulses loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PulseDetailView</name>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="111"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="118"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="120"/>
        <source>Copy the selected indicator values, one per line (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="121"/>
        <source>Open in &amp;OTX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="123"/>
        <source>Open this pulse&apos;s page on the OTX server in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="127"/>
        <source>&amp;Enrich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="129"/>
        <source>Fetch OTX&apos;s data on this pulse&apos;s indicators (Enrichment panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="152"/>
        <source>Copy values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="157"/>
        <source>Open pulse in OTX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="206"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="209"/>
        <source>modified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="216"/>
        <source>TLP:%1</source>
        <extracomment>%1 is a Traffic Light Protocol colour such as GREEN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="218"/>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="222"/>
        <source>No description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="228"/>
        <source>Adversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="229"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="230"/>
        <source>Malware families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="231"/>
        <source>ATT&amp;CK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="232"/>
        <source>Targeted countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="233"/>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="238"/>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="253"/>
        <source>Select a pulse to see its details and indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="316"/>
        <source>All types (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PulseDetailView.cpp" line="323"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PulseExport</name>
    <message>
        <location filename="../services/MispExportService.cpp" line="114"/>
        <source>Cancelled before the export finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="138"/>
        <source>MISP has no event %1 (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="143"/>
        <source>MISP would not show event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="149"/>
        <source>MISP answered without the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="181"/>
        <source>MISP would not remove the old TLP tag %1 from event %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="201"/>
        <source>MISP would not update event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="214"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="223"/>
        <source>%1: attributes %2–%3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="236"/>
        <source>MISP no longer has event %1 (it was deleted while exporting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="243"/>
        <source>MISP refused the attributes for event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="317"/>
        <source>No indicator of this pulse can become a MISP attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="361"/>
        <source>%1: creating the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="374"/>
        <source>MISP created the event but did not say its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="396"/>
        <source>MISP blocks this pulse&apos;s event: it was deleted in MISP, which puts its uuid %1 on the event blocklist. Ask a MISP admin to remove it from the blocklist (Administration, Event blocklist) to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="413"/>
        <source>MISP refused to create the event for this pulse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="420"/>
        <source>MISP says the event exists but does not show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="439"/>
        <source>%1: checking the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="459"/>
        <source>MISP did not keep this attribute and gave no reason (MISP&apos;s audit log may say why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="514"/>
        <source>Export the pulse before publishing its event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="522"/>
        <source>The event has no attributes; MISP does not publish empty events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="535"/>
        <source>MISP would not publish event %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PulseIndicatorModel</name>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="94"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="94"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="115"/>
        <location filename="../models/PulseIndicatorModel.cpp" line="118"/>
        <source>%1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="125"/>
        <source>Enriched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="126"/>
        <source>Not enriched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="151"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="153"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="155"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="157"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="160"/>
        <source>Role</source>
        <extracomment>What the indicator does in the attack, as OTX labels it (e.g. &quot;command_and_control&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="162"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="164"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="166"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="169"/>
        <source>OTX pulses</source>
        <extracomment>Enrichment: how many OTX pulses carry the indicator</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="171"/>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="173"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="175"/>
        <source>Malware families</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PulseStore</name>
    <message>
        <location filename="../models/PulseStore.cpp" line="657"/>
        <source>otxdesk stopped before this sync finished; the pages it committed are kept, and the next sync finishes the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="926"/>
        <source>Pulse %1 is not in the local store. Sync it first (Fetch pulse by id).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PulseSyncService</name>
    <message>
        <location filename="../services/PulseSyncService.cpp" line="142"/>
        <source>Cancelled; the pages already stored are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/PulseSyncService.cpp" line="227"/>
        <source>OTX sent a page without a list of pulses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../services/PulseSyncService.cpp" line="344"/>
        <source>Page %1: %n pulse(s) stored so far</source>
        <translation>
            <numerusform>Page %1: %n pulse stored so far</numerusform>
            <numerusform>Page %1: %n pulses stored so far</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/PulseSyncService.cpp" line="411"/>
        <source>Enter the id of the pulse to fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../services/PulseSyncService.cpp" line="518"/>
        <source>%n pulse(s) fetched (%1 new, %2 updated, %3 unchanged), %4 new indicators, %5 linked, %6 unlinked</source>
        <translation>
            <numerusform>%n pulse fetched (%1 new, %2 updated, %3 unchanged), %4 new indicators, %5 linked, %6 unlinked</numerusform>
            <numerusform>%n pulses fetched (%1 new, %2 updated, %3 unchanged), %4 new indicators, %5 linked, %6 unlinked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/PulseSyncService.cpp" line="530"/>
        <source>Sync completed in %1 s: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/PulseSyncService.cpp" line="533"/>
        <source>Sync cancelled after %1 s: %2. The stored pages are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/PulseSyncService.cpp" line="535"/>
        <source>Sync failed: %1 Stored before the failure: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PulseTableModel</name>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="112"/>
        <source>%1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="152"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="154"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="156"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="159"/>
        <source>TLP</source>
        <extracomment>Traffic Light Protocol, the sharing label of a pulse</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="161"/>
        <source>Adversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="163"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="165"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="213"/>
        <source>The pulse is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RingKeySource</name>
    <message>
        <location filename="../services/RingKeySource.cpp" line="41"/>
        <source>No keychain to read the OTX keys from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="20"/>
        <source>Schedule (while otxdesk is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="26"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="27"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="29"/>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="30"/>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="28"/>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="47"/>
        <source>Times of day, such as 09:00, 21:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="50"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="53"/>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="90"/>
        <source> indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="90"/>
        <source> pulses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="91"/>
        <source>Waiting indicators each scheduled enrichment takes, the highest priority first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="93"/>
        <source>Waiting pulses each scheduled export takes, at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="107"/>
        <source>Sync subscribed pulses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="110"/>
        <source>Enrich waiting indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="113"/>
        <source>Export waiting pulses to MISP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="116"/>
        <source>Reset the keys&apos; daily usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="137"/>
        <source>Give times such as 09:00, 21:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="150"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="172"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="175"/>
        <source>Times are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <location filename="../services/Scheduler.cpp" line="87"/>
        <source>It is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/Scheduler.cpp" line="91"/>
        <location filename="../services/Scheduler.cpp" line="134"/>
        <source>It could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/Scheduler.cpp" line="130"/>
        <source>The previous run was still going.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="156"/>
        <source>Connected to %1. The database is empty; otxdesk creates its tables when it starts with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="161"/>
        <source>Connected to %1, but a newer otxdesk wrote it (schema %2; this version knows %3). Update otxdesk before using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="168"/>
        <source>Connected to %1 (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="196"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="203"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="209"/>
        <source>&amp;Desktop name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="214"/>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="219"/>
        <source>Schedule &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="226"/>
        <source>AlienVault OTX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="231"/>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="235"/>
        <source>Paste a key to save or replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="236"/>
        <source>Your OTX API key (Settings → API Integration on the OTX site). It is kept in the OS keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="238"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="243"/>
        <source>Several &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="245"/>
        <source>The key ring: several OTX keys with daily limits, used in turn when one is limited or refused. Its keys come before the key above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="257"/>
        <source>Pulses per request. OTX answers large pages slowly or with time-outs; 20 is a safe choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="259"/>
        <source>&amp;Pulses per page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="264"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="265"/>
        <source>&amp;Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="270"/>
        <source>First sync reaches &amp;back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="277"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="279"/>
        <source>Built-in &amp;SQLite file (no set-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="284"/>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="289"/>
        <source>&amp;PostgreSQL server (local or shared with your team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="305"/>
        <source>prefer — TLS when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="306"/>
        <source>require — always TLS, certificate not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="307"/>
        <source>verify-ca — TLS, certificate from a trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="308"/>
        <source>verify-full — TLS, trusted certificate for this host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="310"/>
        <source>allow — TLS only when the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="311"/>
        <source>disable — never TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="315"/>
        <source>Kept in the OS keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="316"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="317"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="318"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="319"/>
        <source>Use&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="320"/>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="321"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="325"/>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="327"/>
        <source>Use SQLite instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="337"/>
        <source>Database changes apply when otxdesk restarts. This run uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="355"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="358"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="391"/>
        <source>SQLite chosen. Save, then restart otxdesk to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="464"/>
        <source>Not saved: the OTX server URL must be a web address such as https://otx.alienvault.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="471"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="478"/>
        <source>Not saved: enter the Postgres host, database and user, or choose SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="504"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="506"/>
        <source>The database change applies when otxdesk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="49"/>
        <source>The OTX key is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="55"/>
        <source>The database password is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="62"/>
        <source>The OTX key was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="68"/>
        <source>The database password was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="559"/>
        <source>Keep the OTX key for this session only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="562"/>
        <source>Keep the database password for this session only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="564"/>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="565"/>
        <source>%1

%2 Nothing is written to disk; otxdesk forgets it when it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="568"/>
        <source>Use for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="569"/>
        <source>Do not keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="75"/>
        <source>The OTX key is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="83"/>
        <source>The database password is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="76"/>
        <source>The OTX key was not kept: no keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="51"/>
        <source>The MISP key is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="64"/>
        <source>The MISP key was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="78"/>
        <source>The MISP key is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="79"/>
        <source>The MISP key was not kept: no keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="84"/>
        <source>The database password was not kept: no keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="206"/>
        <source>How this desktop is named to the others sharing the database, for example as who ran a scheduled job. Pick a name your colleagues recognise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="220"/>
        <source>At start-up, run the jobs &amp;missed while otxdesk was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="509"/>
        <source>The language changes when otxdesk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="557"/>
        <source>Keep these secrets for this session only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="561"/>
        <source>Keep the MISP key for this session only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="604"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="612"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SettingsPanel.cpp" line="638"/>
        <source>The key ring holds %n key(s), used before this one.</source>
        <translation>
            <numerusform>The key ring holds %n key, used before this one.</numerusform>
            <numerusform>The key ring holds %n keys, used before this one.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="640"/>
        <source>A key is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="642"/>
        <source>A key is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SettingsPanel.cpp" line="649"/>
        <source>The key ring holds %n key(s) (Several keys…); a key here is optional.</source>
        <translation>
            <numerusform>The key ring holds %n key (Several keys…); a key here is optional.</numerusform>
            <numerusform>The key ring holds %n keys (Several keys…); a key here is optional.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="657"/>
        <source>No key saved yet. Paste your OTX API key above and press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="700"/>
        <source>SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="704"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncHistoryModel</name>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="80"/>
        <source>Full</source>
        <extracomment>A sync kind: the whole subscribed feed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="84"/>
        <source>Incremental</source>
        <extracomment>A sync kind: only what changed since the last sync</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="88"/>
        <source>Search</source>
        <extracomment>A sync kind: an OTX search</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="92"/>
        <source>Single pulse</source>
        <extracomment>A sync kind: one pulse fetched by its id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="100"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="103"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="106"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="109"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="117"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="120"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="124"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="126"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="141"/>
        <source>%1 (scheduled)</source>
        <extracomment>A sync the scheduler started, in sync history</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="166"/>
        <source>%1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="221"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="224"/>
        <source>Query</source>
        <extracomment>The search text or pulse id a sync ran with</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="226"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="228"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="230"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="232"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="234"/>
        <source>Pulses fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="236"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="238"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="240"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="242"/>
        <source>New indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="244"/>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="246"/>
        <source>Unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="248"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="251"/>
        <source>Key</source>
        <extracomment>The name of the API key a sync used (never the key itself)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncHistoryPanel</name>
    <message>
        <location filename="../ui/SyncHistoryPanel.cpp" line="27"/>
        <source>Every sync run, newest first. Select a run to read its error in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncHistoryPanel.cpp" line="57"/>
        <source>Could not read the sync history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncHistoryPanel.cpp" line="81"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="20"/>
        <source>&amp;Show otxdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="24"/>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="29"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="45"/>
        <source>otxdesk: no job running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="46"/>
        <source>otxdesk: %n job(s) running: %1</source>
        <translation>
            <numerusform>otxdesk: %n job running: %1</numerusform>
            <numerusform>otxdesk: %n jobs running: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="59"/>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60"/>
        <source>%1

API keys you enter now are kept for this session only and are not saved anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="44"/>
        <source>Database unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>%1

The window opens so that you can choose another database in Settings; no job will run until the database works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
