<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="59"/>
        <source>Use either --query or --pulse, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="66"/>
        <source>--query needs a search text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="74"/>
        <source>A pulse id is 24 hexadecimal characters; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="87"/>
        <source>--otx-url must be an http or https URL, such as https://otx.alienvault.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="105"/>
        <source>No OTX API key: set OTXDESK_OTX_KEY, or save the key in otxdesk&apos;s Settings. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="132"/>
        <source>Cancelling; the pages already stored are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="142"/>
        <source>Sync cancelled; the pages already stored are kept, and the next sync finishes the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="181"/>
        <source>Could not write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="217"/>
        <source>otxdesk: AlienVault OTX pulses in a local store.

Without a command the window opens. Commands:
  sync [--query Q | --pulse ID]  run one sync and print its summary
  stats --json                   print totals as JSON
  pulses --json                  print every stored pulse as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="224"/>
        <source>sync, stats or pulses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="226"/>
        <source>sync: search OTX for Q and store the matching pulses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="227"/>
        <source>sync: fetch the pulse with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="228"/>
        <source>stats, pulses: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="230"/>
        <source>sqlite:PATH or postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE] (the password comes from the keychain or PGPASSWORD); default: the database chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="234"/>
        <source>OTX base URL (default: the one in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="251"/>
        <source>Unknown command. Use sync, stats --json or pulses --json; --help lists the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="257"/>
        <source>%1 prints JSON only: add --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="261"/>
        <source>--query and --pulse go with sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/Database.cpp" line="125"/>
        <source>The Postgres database cannot be used: Qt&apos;s QPSQL driver or the PostgreSQL client library (libpq) is not installed. Install the Debian package libqt6sql6-psql, or choose the built-in SQLite database in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="133"/>
        <source>The SQLite database cannot be used: Qt&apos;s QSQLITE driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="183"/>
        <source>Could not connect to the Postgres database %1. Check the host, port, user, password and TLS mode in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="209"/>
        <source>Could not open the SQLite database %1. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="274"/>
        <source>The database was written by a newer otxdesk (schema %1, this version knows %2). Update otxdesk before using this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="352"/>
        <location filename="../models/PulseStore.cpp" line="178"/>
        <location filename="../models/PulseStore.cpp" line="243"/>
        <source>The database failed while %1.</source>
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
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>otxdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>Pulses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>Sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>MISP export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Coming next: export pulses to a MISP instance as events. OTX indicator types are mapped to MISP attributes, tags and ATT&amp;CK ids become tags and galaxies, and every pulse keeps a stable event UUID so that exporting again updates the event instead of duplicating it. The MISP address and key will be set here, with TLS verification on unless you turn it off for that server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>Enrichment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>Coming next: bulk enrichment of indicators, from your pulses and from MISP, with OTX&apos;s indicator data (reputation, passive DNS, related malware). Work is spread over several OTX keys with rotation and rate limits, shows progress here, and resumes where it stopped after a cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <location filename="../ui/MainWindow.cpp" line="189"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>Coming next: charts of your store: pulses per month, indicators by type, top adversaries and malware families, and sync activity over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217"/>
        <source>The database could not be opened: %1 Choose another database under Settings; the change applies after a restart. No sync can run until the database works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="247"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>Database unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>Fetch what changed in your subscribed OTX feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>Sync &amp;everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>Fetch the whole subscribed feed again (within the first-sync look-back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>Search &amp;OTX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="310"/>
        <source>Search OTX for pulses and store what it finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="313"/>
        <source>&amp;Fetch pulse by id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source>Fetch one pulse by its OTX id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318"/>
        <source>&amp;Cancel running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="320"/>
        <source>Stop the running jobs; what they stored is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="325"/>
        <source>Read the pulses and the sync history again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="327"/>
        <source>&amp;Filter pulses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>Type to filter the pulse table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333"/>
        <source>OTX server and key, database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="337"/>
        <source>Close otxdesk; running jobs are cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="339"/>
        <source>&amp;About otxdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="339"/>
        <source>Version and purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="355"/>
        <source>About otxdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="356"/>
        <source>otxdesk %1

A desktop workbench for AlienVault OTX pulses: sync, browse and filter them, with keys kept in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="362"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="373"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="387"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="390"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="418"/>
        <source>Search OTX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="419"/>
        <source>Search OTX for pulses about (a name, tag, adversary, malware or indicator):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="426"/>
        <source>Nothing to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="443"/>
        <source>Fetch pulse by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="444"/>
        <source>OTX pulse id (24 hexadecimal characters) or the pulse&apos;s page address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="452"/>
        <source>Not a pulse id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="453"/>
        <source>“%1” is not an OTX pulse id. A pulse id has 24 hexadecimal characters, such as 57204e9b3c4c3e015d93cb12; the address of a pulse&apos;s page works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="470"/>
        <source>A sync is already running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="475"/>
        <source>Reading the OTX key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="489"/>
        <source>The sync did not start: the OTX key could not be read. %1

In Settings you can enter the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="493"/>
        <source>The sync did not start: no OTX API key is saved. Enter your key under Settings (OTX → API key), then press Sync now again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="496"/>
        <source>The sync did not start: no OTX key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="500"/>
        <source>No OTX key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="502"/>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="503"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="567"/>
        <source>Sync started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="588"/>
        <source>Sync cancelled after %1 s. The pages already stored are kept; see Sync history for the counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="609"/>
        <source>Cancelling… the job stops after the current request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="674"/>
        <source>Search OTX for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="676"/>
        <source>Fetch pulse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="679"/>
        <source>Sync the whole subscribed feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="680"/>
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
    <name>OtxClient</name>
    <message>
        <location filename="../services/OtxClient.cpp" line="123"/>
        <source>OTX sent a page link that is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="141"/>
        <location filename="../services/OtxClient.cpp" line="170"/>
        <location filename="../services/OtxClient.cpp" line="253"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="178"/>
        <source>OTX did not answer within %1 seconds. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="185"/>
        <source>The secure connection to OTX failed: its certificate could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="187"/>
        <source>Could not reach OTX at %1, or the connection dropped. Check the network and the OTX address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="199"/>
        <source>OTX sent a reply that is not valid JSON (it may have been cut off). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="210"/>
        <source>OTX refused the API key. Check the key in Settings (it is on your OTX account page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="215"/>
        <source>OTX has no such item (HTTP 404). Check the pulse id or the OTX address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="220"/>
        <source>OTX is limiting requests for this key (HTTP 429). Wait a while and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="228"/>
        <source>OTX had a server error (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="234"/>
        <source>OTX answered with an unexpected HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtxParser</name>
    <message>
        <location filename="../services/OtxParser.cpp" line="146"/>
        <source>OTX sent a pulse without an id.</source>
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
        <location filename="../ui/PulseDetailView.cpp" line="147"/>
        <source>Copy values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="152"/>
        <source>Open pulse in OTX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="196"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="199"/>
        <source>modified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="206"/>
        <source>TLP:%1</source>
        <extracomment>%1 is a Traffic Light Protocol colour such as GREEN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="208"/>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="212"/>
        <source>No description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="218"/>
        <source>Adversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="219"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="220"/>
        <source>Malware families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="221"/>
        <source>ATT&amp;CK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="222"/>
        <source>Targeted countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="223"/>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="228"/>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="243"/>
        <source>Select a pulse to see its details and indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="306"/>
        <source>All types (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PulseDetailView.cpp" line="313"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PulseIndicatorModel</name>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="82"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="82"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="95"/>
        <location filename="../models/PulseIndicatorModel.cpp" line="98"/>
        <source>%1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="124"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="126"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="128"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="130"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="133"/>
        <source>Role</source>
        <extracomment>What the indicator does in the attack, as OTX labels it (e.g. &quot;command_and_control&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="135"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="137"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="139"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PulseStore</name>
    <message>
        <location filename="../models/PulseStore.cpp" line="630"/>
        <source>otxdesk stopped before this sync finished; the pages it committed are kept, and the next sync finishes the work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PulseSyncService</name>
    <message>
        <location filename="../services/PulseSyncService.cpp" line="137"/>
        <source>Cancelled; the pages already stored are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/PulseSyncService.cpp" line="221"/>
        <source>OTX sent a page without a list of pulses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../services/PulseSyncService.cpp" line="338"/>
        <source>Page %1: %n pulse(s) stored so far</source>
        <translation>
            <numerusform>Page %1: %n pulse stored so far</numerusform>
            <numerusform>Page %1: %n pulses stored so far</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/PulseSyncService.cpp" line="405"/>
        <source>Enter the id of the pulse to fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../services/PulseSyncService.cpp" line="508"/>
        <source>%n pulse(s) fetched (%1 new, %2 updated, %3 unchanged), %4 new indicators, %5 linked, %6 unlinked</source>
        <translation>
            <numerusform>%n pulse fetched (%1 new, %2 updated, %3 unchanged), %4 new indicators, %5 linked, %6 unlinked</numerusform>
            <numerusform>%n pulses fetched (%1 new, %2 updated, %3 unchanged), %4 new indicators, %5 linked, %6 unlinked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/PulseSyncService.cpp" line="520"/>
        <source>Sync completed in %1 s: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/PulseSyncService.cpp" line="523"/>
        <source>Sync cancelled after %1 s: %2. The stored pages are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/PulseSyncService.cpp" line="525"/>
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
    <name>SettingsPanel</name>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="104"/>
        <source>Connected to %1. The database is empty; otxdesk creates its tables when it starts with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="109"/>
        <source>Connected to %1, but a newer otxdesk wrote it (schema %2; this version knows %3). Update otxdesk before using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="116"/>
        <source>Connected to %1 (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="144"/>
        <source>AlienVault OTX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="149"/>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="153"/>
        <source>Paste a key to save or replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="154"/>
        <source>Your OTX API key (Settings → API Integration on the OTX site). It is kept in the OS keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="156"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="164"/>
        <source>Pulses per request. OTX answers large pages slowly or with time-outs; 20 is a safe choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="166"/>
        <source>&amp;Pulses per page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="171"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="172"/>
        <source>&amp;Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="177"/>
        <source>First sync reaches &amp;back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="182"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="184"/>
        <source>Built-in &amp;SQLite file (no set-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="189"/>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="194"/>
        <source>&amp;PostgreSQL server (local or shared with your team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="210"/>
        <source>prefer — TLS when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="211"/>
        <source>require — always TLS, certificate not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="212"/>
        <source>verify-ca — TLS, certificate from a trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="213"/>
        <source>verify-full — TLS, trusted certificate for this host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="215"/>
        <source>allow — TLS only when the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="216"/>
        <source>disable — never TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="220"/>
        <source>Kept in the OS keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="221"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="222"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="223"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="224"/>
        <source>Use&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="225"/>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="226"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="230"/>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="232"/>
        <source>Use SQLite instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="242"/>
        <source>Database changes apply when otxdesk restarts. This run uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="260"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="263"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="294"/>
        <source>SQLite chosen. Save, then restart otxdesk to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="353"/>
        <source>Not saved: the OTX server URL must be a web address such as https://otx.alienvault.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="363"/>
        <source>Not saved: enter the Postgres host, database and user, or choose SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="377"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="379"/>
        <source>The database change applies when otxdesk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="413"/>
        <source>The OTX key is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="414"/>
        <source>The database password is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="420"/>
        <source>The OTX key was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="421"/>
        <source>The database password was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="430"/>
        <source>Keep the OTX key and the database password for this session only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="432"/>
        <source>Keep the OTX key for this session only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="433"/>
        <source>Keep the database password for this session only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="436"/>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="437"/>
        <source>%1

%2 Nothing is written to disk; otxdesk forgets it when it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="440"/>
        <source>Use for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="441"/>
        <source>Do not keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="449"/>
        <source>The OTX key is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="451"/>
        <source>The database password is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="454"/>
        <source>The OTX key was not kept: no keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="456"/>
        <source>The database password was not kept: no keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="485"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="493"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="518"/>
        <source>A key is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="520"/>
        <source>A key is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="525"/>
        <source>No key saved yet. Paste your OTX API key above and press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="558"/>
        <source>SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="562"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncHistoryModel</name>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="79"/>
        <source>Full</source>
        <extracomment>A sync kind: the whole subscribed feed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="83"/>
        <source>Incremental</source>
        <extracomment>A sync kind: only what changed since the last sync</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="87"/>
        <source>Search</source>
        <extracomment>A sync kind: an OTX search</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="91"/>
        <source>Single pulse</source>
        <extracomment>A sync kind: one pulse fetched by its id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="99"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="102"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="105"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="108"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="116"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="119"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="123"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="125"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="163"/>
        <source>%1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="218"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="221"/>
        <source>Query</source>
        <extracomment>The search text or pulse id a sync ran with</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="223"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="225"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="227"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="229"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="231"/>
        <source>Pulses fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="233"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="235"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="237"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="239"/>
        <source>New indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="241"/>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="243"/>
        <source>Unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="245"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="248"/>
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
