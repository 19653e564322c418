<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="185"/>
        <source>Use either --query or --pulse, not both.</source>
        <translation>Use --query ou --pulse, não os dois.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="192"/>
        <source>--query needs a search text.</source>
        <translation>--query precisa de um texto de pesquisa.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="200"/>
        <source>A pulse id is 24 hexadecimal characters; &quot;%1&quot; is not one.</source>
        <translation>Um ID de pulse tem 24 caracteres hexadecimais; &quot;%1&quot; não é um.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="143"/>
        <location filename="../app/CommandLine.cpp" line="213"/>
        <source>--otx-url must be an http or https URL, such as https://otx.alienvault.com.</source>
        <translation>--otx-url deve ser uma URL http ou https, como https://otx.alienvault.com.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="233"/>
        <source>key ring</source>
        <translation>conjunto de chaves</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="238"/>
        <source>No other OTX key is saved.</source>
        <translation>Nenhuma outra chave do OTX está salva.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="239"/>
        <source>No OTX API key: set OTXDESK_OTX_KEY, add a key with &quot;otxdesk keys add NAME&quot;, or save the key in otxdesk&apos;s Settings.</source>
        <translation>Nenhuma chave de API do OTX: defina OTXDESK_OTX_KEY, adicione uma chave com &quot;otxdesk keys add NAME&quot; ou salve a chave nas Configurações do otxdesk.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="251"/>
        <source>Cancelling; the pages already stored are kept.</source>
        <translation>Cancelando; as páginas já armazenadas são mantidas.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="253"/>
        <source>Sync cancelled; the pages already stored are kept, and the next sync finishes the work.</source>
        <translation>Sincronização cancelada; as páginas já armazenadas são mantidas, e a próxima sincronização conclui o trabalho.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="303"/>
        <source>Use either --pulse or --pending, not both.</source>
        <translation>Use --pulse ou --pending, não os dois.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="315"/>
        <source>--pending takes a number of pulses, 1 or more.</source>
        <translation>--pending recebe um número de pulses, 1 ou mais.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="331"/>
        <location filename="../app/CommandLine.cpp" line="480"/>
        <source>No MISP server: give --misp-url https://misp.example.org, or set the MISP address in otxdesk&apos;s Settings.</source>
        <translation>Nenhum servidor MISP: informe --misp-url https://misp.example.org ou defina o endereço do MISP nas Configurações do otxdesk.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="341"/>
        <location filename="../app/CommandLine.cpp" line="487"/>
        <source>No MISP API key: set OTXDESK_MISP_KEY, or save the key in otxdesk&apos;s Settings.</source>
        <translation>Nenhuma chave de API do MISP: defina OTXDESK_MISP_KEY ou salve a chave nas Configurações do otxdesk.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="348"/>
        <source>Warning: TLS verification is off for %1 (Settings).</source>
        <translation>Aviso: a verificação TLS está desativada para %1 (Configurações).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="353"/>
        <source>Cancelling after the current batch.</source>
        <translation>Cancelando após o lote atual.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="355"/>
        <source>Export cancelled; what MISP accepted is recorded, and the next export finishes the work.</source>
        <translation>Exportação cancelada; o que o MISP aceitou está registrado, e a próxima exportação conclui o trabalho.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="361"/>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="365"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="410"/>
        <source>Use one of --pulse, --pending, --values and --misp.</source>
        <translation>Use apenas uma opção entre --pulse, --pending, --values e --misp.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="414"/>
        <source>--types and --days go with --misp.</source>
        <translation>--types e --days são usados com --misp.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="428"/>
        <source>Could not read %1.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="442"/>
        <source>--pending takes a number of indicators, 1 or more.</source>
        <translation>--pending recebe um número de indicadores, 1 ou mais.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="454"/>
        <source>--days takes a number of days, 1 or more.</source>
        <translation>--days recebe um número de dias, 1 ou mais.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="496"/>
        <source>Cancelling; what was enriched is kept.</source>
        <translation>Cancelando; o que já foi enriquecido é mantido.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="498"/>
        <source>Enrichment cancelled; what was enriched is kept, and the next run does the rest.</source>
        <translation>Enriquecimento cancelado; o que já foi enriquecido é mantido, e a próxima execução faz o resto.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="545"/>
        <source>works</source>
        <translation>funciona</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="547"/>
        <source>refused by OTX</source>
        <translation>recusada pelo OTX</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="549"/>
        <source>resting until %1</source>
        <translation>em pausa até %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="552"/>
        <source>limited by OTX</source>
        <translation>limitada pelo OTX</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="554"/>
        <source>not tested</source>
        <translation>não testada</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="557"/>
        <source>%1%2  %3 of %4 today, %5 per minute  %6</source>
        <extracomment>A key in `otxdesk keys list`: name, (primary), used/limit today, per minute, state</extracomment>
        <translation>%1%2  %3 de %4 hoje, %5 por minuto  %6</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="558"/>
        <source> (primary)</source>
        <translation> (principal)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="579"/>
        <source>Use: keys list | keys add NAME (the key on standard input) | keys remove NAME | keys test [NAME] | keys primary NAME | keys rename NAME NEW</source>
        <translation>Uso: keys list | keys add NAME (a chave pela entrada padrão) | keys remove NAME | keys test [NAME] | keys primary NAME | keys rename NAME NEW</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="621"/>
        <source>No OTX keys. Add one with: otxdesk keys add NAME &lt; keyfile</source>
        <translation>Nenhuma chave do OTX. Adicione uma com: otxdesk keys add NAME &lt; arquivo_da_chave</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="630"/>
        <source>OTX key for &quot;%1&quot; (not shown; Enter to finish): </source>
        <translation>Chave do OTX para &quot;%1&quot; (não exibida; Enter para concluir): </translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="632"/>
        <source>Could not read the key from standard input.</source>
        <translation>Não foi possível ler a chave da entrada padrão.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="643"/>
        <source>--daily-limit takes 1 or more, --per-minute 0 (no limit) or more.</source>
        <translation>--daily-limit recebe 1 ou mais; --per-minute, 0 (sem limite) ou mais.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="650"/>
        <source>Added the OTX key &quot;%1&quot;.</source>
        <translation>Chave do OTX &quot;%1&quot; adicionada.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="657"/>
        <source>Removed the OTX key &quot;%1&quot;.</source>
        <translation>Chave do OTX &quot;%1&quot; removida.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="664"/>
        <source>&quot;%1&quot; is now the primary OTX key.</source>
        <translation>&quot;%1&quot; agora é a chave principal do OTX.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="671"/>
        <source>Renamed the OTX key &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Chave do OTX &quot;%1&quot; renomeada para &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="734"/>
        <source>Could not write to standard output.</source>
        <translation>Não foi possível escrever na saída padrão.</translation>
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
        <translation>otxdesk: pulses do AlienVault OTX em uma base local.

Sem um comando, a janela é aberta. Comandos:
  sync [--query Q | --pulse ID]  executa uma sincronização e mostra o resumo
  stats --json                   mostra os totais em JSON
  pulses --json                  mostra todos os pulses armazenados em JSON
  export-misp [--pulse ID | --pending N] [--publish] [--misp-url URL]
                                 exporta pulses para o MISP (chave do
                                 chaveiro ou de OTXDESK_MISP_KEY)
  enrich [--pulse ID | --pending N | --values FILE |
          --misp [--types T,..] [--days N]] [--force]
                                 enriquece indicadores com o OTX (chaves do
                                 conjunto de chaves ou OTXDESK_OTX_KEY=K1,K2,...)
  keys list | add NAME | remove NAME | test [NAME] | primary NAME |
       rename NAME NEW           gerencia as chaves do OTX (add lê a chave
                                 da entrada padrão)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="788"/>
        <source>sync, stats, pulses, export-misp, enrich or keys</source>
        <translation>sync, stats, pulses, export-misp, enrich ou keys</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="858"/>
        <source>--pulse goes with sync, export-misp or enrich.</source>
        <translation>--pulse é usado com sync, export-misp ou enrich.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="862"/>
        <source>--pending goes with export-misp or enrich.</source>
        <translation>--pending é usado com export-misp ou enrich.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="866"/>
        <source>--publish goes with export-misp.</source>
        <translation>--publish é usado com export-misp.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="870"/>
        <source>--misp-url goes with export-misp or enrich --misp.</source>
        <translation>--misp-url é usado com export-misp ou enrich --misp.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="876"/>
        <source>--values, --force, --misp, --types and --days go with enrich.</source>
        <translation>--values, --force, --misp, --types e --days são usados com enrich.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="880"/>
        <source>--daily-limit and --per-minute go with keys add.</source>
        <translation>--daily-limit e --per-minute são usados com keys add.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="817"/>
        <source>export-misp: publish each event once exported.</source>
        <translation>export-misp: publica cada evento assim que exportado.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="818"/>
        <source>MISP base URL (default: the one in Settings).</source>
        <translation>URL base do MISP (padrão: a definida nas Configurações).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="853"/>
        <source>--query goes with sync.</source>
        <translation>--query é usado com sync.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="790"/>
        <source>sync: search OTX for Q and store the matching pulses.</source>
        <translation>sync: pesquisa Q no OTX e armazena os pulses correspondentes.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="792"/>
        <source>sync: fetch the pulse with this id. export-misp: export it (repeatable). enrich: enrich its indicators.</source>
        <translation>sync: busca o pulse com este ID. export-misp: exporta-o (pode ser repetido). enrich: enriquece seus indicadores.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="796"/>
        <source>export-misp: export at most N pulses waiting for export (default: all). enrich: at most N indicators waiting (default: all).</source>
        <translation>export-misp: exporta no máximo N pulses aguardando exportação (padrão: todos). enrich: no máximo N indicadores aguardando (padrão: todos).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="800"/>
        <source>enrich: the indicators in FILE (- for standard input), one per line, as &quot;value&quot; or &quot;&lt;OTX type&gt; value&quot;.</source>
        <translation>enrich: os indicadores em FILE (- para a entrada padrão), um por linha, como &quot;valor&quot; ou &quot;&lt;tipo OTX&gt; valor&quot;.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="803"/>
        <source>enrich: fetch even indicators enriched recently.</source>
        <translation>enrich: busca também os indicadores enriquecidos recentemente.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="805"/>
        <source>enrich: the indicators of MISP attributes (High-threat events first).</source>
        <translation>enrich: os indicadores dos atributos do MISP (eventos de ameaça alta primeiro).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="807"/>
        <source>enrich --misp: only these MISP types, comma-separated (ip-dst,domain,md5).</source>
        <translation>enrich --misp: apenas estes tipos do MISP, separados por vírgula (ip-dst,domain,md5).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="809"/>
        <source>enrich --misp: only events published in the last N days.</source>
        <translation>enrich --misp: apenas eventos publicados nos últimos N dias.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="811"/>
        <source>keys add: requests the key may make per day (default 9000).</source>
        <translation>keys add: requisições que a chave pode fazer por dia (padrão 9000).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="814"/>
        <source>keys add: requests the key may make per minute (default 120; 0: no limit).</source>
        <translation>keys add: requisições que a chave pode fazer por minuto (padrão 120; 0: sem limite).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="819"/>
        <source>stats, pulses, export-misp, enrich, keys list: print JSON.</source>
        <translation>stats, pulses, export-misp, enrich, keys list: mostra JSON.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="821"/>
        <source>sqlite:PATH or postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE] (the password comes from the keychain or PGPASSWORD); default: the database chosen in Settings.</source>
        <translation>sqlite:PATH ou postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE] (a senha vem do chaveiro ou de PGPASSWORD); padrão: o banco de dados escolhido nas Configurações.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="825"/>
        <source>OTX base URL (default: the one in Settings).</source>
        <translation>URL base do OTX (padrão: a definida nas Configurações).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="843"/>
        <source>Unknown command. Use sync, stats --json, pulses --json, export-misp, enrich or keys; --help lists the options.</source>
        <translation>Comando desconhecido. Use sync, stats --json, pulses --json, export-misp, enrich ou keys; --help lista as opções.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="849"/>
        <source>%1 prints JSON only: add --json.</source>
        <translation>%1 só mostra JSON: adicione --json.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/Database.cpp" line="254"/>
        <source>The Postgres database cannot be used: Qt&apos;s QPSQL driver or the PostgreSQL client library (libpq) is not installed. Install the Debian package libqt6sql6-psql, or choose the built-in SQLite database in Settings.</source>
        <translation>O banco de dados Postgres não pode ser usado: o driver QPSQL do Qt ou a biblioteca cliente do PostgreSQL (libpq) não está instalado. Instale o pacote Debian libqt6sql6-psql ou escolha o banco de dados SQLite embutido nas Configurações.</translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="262"/>
        <source>The SQLite database cannot be used: Qt&apos;s QSQLITE driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>O banco de dados SQLite não pode ser usado: o driver QSQLITE do Qt não está instalado (pacote Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="312"/>
        <source>Could not connect to the Postgres database %1. Check the host, port, user, password and TLS mode in Settings.</source>
        <translation>Não foi possível conectar ao banco de dados Postgres %1. Verifique o host, a porta, o usuário, a senha e o modo TLS nas Configurações.</translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="338"/>
        <source>Could not open the SQLite database %1. Check that the folder exists and is writable.</source>
        <translation>Não foi possível abrir o banco de dados SQLite %1. Verifique se a pasta existe e permite gravação.</translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="352"/>
        <source>setting up SQLite</source>
        <translation>configuração do SQLite</translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="389"/>
        <source>locking the schema for migration</source>
        <translation>bloqueio do esquema para a migração</translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="393"/>
        <source>creating the migrations table</source>
        <translation>criação da tabela de migrações</translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="397"/>
        <source>reading the schema version</source>
        <translation>leitura da versão do esquema</translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="403"/>
        <source>The database was written by a newer otxdesk (schema %1, this version knows %2). Update otxdesk before using this database.</source>
        <translation>O banco de dados foi gravado por um otxdesk mais novo (esquema %1; esta versão conhece até o %2). Atualize o otxdesk antes de usar este banco de dados.</translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="419"/>
        <source>applying schema migration %1</source>
        <translation>aplicação da migração de esquema %1</translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="427"/>
        <source>recording schema migration %1</source>
        <translation>registro da migração de esquema %1</translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="444"/>
        <source>starting a transaction</source>
        <translation>início de uma transação</translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="453"/>
        <source>committing a transaction</source>
        <translation>confirmação de uma transação</translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="472"/>
        <source>running the statement %1</source>
        <translation>execução da instrução %1</translation>
    </message>
    <message>
        <location filename="../models/Database.cpp" line="484"/>
        <source>The database failed while %1.</source>
        <translation>Falha no banco de dados durante a operação: %1.</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="78"/>
        <source>finding a pulse</source>
        <translation>busca de um pulse</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="93"/>
        <location filename="../models/PulseStore.cpp" line="881"/>
        <location filename="../models/PulseStore.cpp" line="971"/>
        <source>reading a pulse&apos;s indicators</source>
        <translation>leitura dos indicadores de um pulse</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="144"/>
        <source>listing MISP attributes to enrich</source>
        <translation>listagem dos atributos do MISP a enriquecer</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="167"/>
        <source>listing pulse indicators to enrich</source>
        <translation>listagem dos indicadores de pulses a enriquecer</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="204"/>
        <source>adding an indicator</source>
        <translation>inclusão de um indicador</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="210"/>
        <source>finding an indicator</source>
        <translation>busca de um indicador</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="228"/>
        <source>reading an indicator</source>
        <translation>leitura de um indicador</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="270"/>
        <source>saving MISP attributes</source>
        <translation>gravação dos atributos do MISP</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="322"/>
        <source>saving an enrichment section</source>
        <translation>gravação de uma seção do enriquecimento</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="340"/>
        <source>saving an enrichment summary</source>
        <translation>gravação de um resumo do enriquecimento</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="356"/>
        <source>reading an enrichment summary</source>
        <translation>leitura de um resumo do enriquecimento</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="390"/>
        <source>reading enrichment sections</source>
        <translation>leitura das seções do enriquecimento</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="415"/>
        <source>counting enrichments</source>
        <translation>contagem dos enriquecimentos</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="263"/>
        <source>reading enrichment results</source>
        <translation>leitura dos resultados do enriquecimento</translation>
    </message>
    <message>
        <location filename="../models/JobRunStore.cpp" line="86"/>
        <location filename="../models/JobRunStore.cpp" line="90"/>
        <source>locking a scheduled job</source>
        <translation>bloqueio de uma tarefa agendada</translation>
    </message>
    <message>
        <location filename="../models/JobRunStore.cpp" line="107"/>
        <location filename="../models/JobRunStore.cpp" line="122"/>
        <location filename="../models/JobRunStore.cpp" line="238"/>
        <source>reading a scheduled job&apos;s runs</source>
        <translation>leitura das execuções de uma tarefa agendada</translation>
    </message>
    <message>
        <location filename="../models/JobRunStore.cpp" line="137"/>
        <source>claiming a scheduled job</source>
        <translation>reserva de uma tarefa agendada</translation>
    </message>
    <message>
        <location filename="../models/JobRunStore.cpp" line="163"/>
        <source>recording how a scheduled job ended</source>
        <translation>registro do resultado de uma tarefa agendada</translation>
    </message>
    <message>
        <location filename="../models/JobRunStore.cpp" line="178"/>
        <source>recording that a scheduled job runs</source>
        <translation>registro de que uma tarefa agendada está em execução</translation>
    </message>
    <message>
        <location filename="../models/JobRunStore.cpp" line="197"/>
        <source>closing interrupted scheduled jobs</source>
        <translation>encerramento das tarefas agendadas interrompidas</translation>
    </message>
    <message>
        <location filename="../models/JobRunStore.cpp" line="220"/>
        <source>reading the scheduled jobs&apos; last runs</source>
        <translation>leitura das últimas execuções das tarefas agendadas</translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="75"/>
        <source>reading the OTX keys</source>
        <translation>leitura das chaves do OTX</translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="90"/>
        <source>reading an OTX key</source>
        <translation>leitura de uma chave do OTX</translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="122"/>
        <source>adding an OTX key</source>
        <translation>inclusão de uma chave do OTX</translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="139"/>
        <source>removing an OTX key</source>
        <translation>remoção de uma chave do OTX</translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="150"/>
        <source>choosing a new primary OTX key</source>
        <translation>definição de uma nova chave principal do OTX</translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="175"/>
        <source>renaming an OTX key</source>
        <translation>renomeação de uma chave do OTX</translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="188"/>
        <source>choosing the primary OTX key</source>
        <translation>definição da chave principal do OTX</translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="200"/>
        <source>changing an OTX key&apos;s limits</source>
        <translation>alteração dos limites de uma chave do OTX</translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="222"/>
        <location filename="../models/KeyStore.cpp" line="249"/>
        <source>counting a request on an OTX key</source>
        <translation>contabilização de uma requisição em uma chave do OTX</translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="267"/>
        <source>resetting the OTX keys&apos; daily usage</source>
        <translation>zeragem do uso diário das chaves do OTX</translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="287"/>
        <source>recording an OTX key&apos;s health</source>
        <translation>registro do estado de uma chave do OTX</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="292"/>
        <source>reading the MISP export state</source>
        <translation>leitura do estado da exportação para o MISP</translation>
    </message>
    <message>
        <location filename="../models/MispExportStore.cpp" line="70"/>
        <source>reading a pulse&apos;s export state</source>
        <translation>leitura do estado da exportação de um pulse</translation>
    </message>
    <message>
        <location filename="../models/MispExportStore.cpp" line="144"/>
        <source>saving a pulse&apos;s export state</source>
        <translation>gravação do estado da exportação de um pulse</translation>
    </message>
    <message>
        <location filename="../models/MispExportStore.cpp" line="151"/>
        <source>clearing a pulse&apos;s export problems</source>
        <translation>limpeza dos problemas de exportação de um pulse</translation>
    </message>
    <message>
        <location filename="../models/MispExportStore.cpp" line="166"/>
        <source>recording a pulse&apos;s export problems</source>
        <translation>registro dos problemas de exportação de um pulse</translation>
    </message>
    <message>
        <location filename="../models/MispExportStore.cpp" line="185"/>
        <source>reading a pulse&apos;s export problems</source>
        <translation>leitura dos problemas de exportação de um pulse</translation>
    </message>
    <message>
        <location filename="../models/MispExportStore.cpp" line="216"/>
        <source>listing pulses waiting for export</source>
        <translation>listagem dos pulses aguardando exportação</translation>
    </message>
    <message>
        <location filename="../models/MispExportStore.cpp" line="243"/>
        <source>counting exported pulses</source>
        <translation>contagem dos pulses exportados</translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="244"/>
        <source>reading the indicators of a pulse</source>
        <translation>leitura dos indicadores de um pulse</translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="291"/>
        <source>reading the indicator types of a pulse</source>
        <translation>leitura dos tipos de indicador de um pulse</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="185"/>
        <source>preparing to stage indicators</source>
        <translation>preparação da carga dos indicadores na área temporária</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="222"/>
        <source>staging indicators</source>
        <translation>carga dos indicadores na área temporária</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="250"/>
        <source>starting COPY of indicators</source>
        <translation>início do COPY dos indicadores</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="271"/>
        <location filename="../models/PulseStore.cpp" line="278"/>
        <source>sending indicators with COPY</source>
        <translation>envio dos indicadores com COPY</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="281"/>
        <source>ending COPY of indicators</source>
        <translation>encerramento do COPY dos indicadores</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="291"/>
        <source>copying indicators</source>
        <translation>cópia dos indicadores</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="298"/>
        <source>analysing staged indicators</source>
        <translation>análise dos indicadores na área temporária</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="361"/>
        <source>looking up a pulse</source>
        <translation>consulta de um pulse</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="428"/>
        <source>storing pulse %1</source>
        <translation>armazenamento do pulse %1</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="438"/>
        <source>reading a new pulse&apos;s id</source>
        <translation>leitura do ID de um novo pulse</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="449"/>
        <source>storing pulse JSON</source>
        <translation>armazenamento do JSON do pulse</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="473"/>
        <source>staging updated pulses</source>
        <translation>carga dos pulses atualizados na área temporária</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="484"/>
        <source>adding new indicators</source>
        <translation>inclusão de novos indicadores</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="500"/>
        <source>counting new links</source>
        <translation>contagem dos novos vínculos</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="514"/>
        <source>unlinking indicators that left a pulse</source>
        <translation>desvinculação dos indicadores que saíram de um pulse</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="536"/>
        <source>linking indicators to pulses</source>
        <translation>vinculação dos indicadores aos pulses</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="542"/>
        <source>clearing the staging tables</source>
        <translation>limpeza das tabelas temporárias</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="571"/>
        <source>recording sync progress</source>
        <translation>registro do progresso da sincronização</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="611"/>
        <source>recording the start of a sync</source>
        <translation>registro do início de uma sincronização</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="629"/>
        <source>recording the end of a sync</source>
        <translation>registro do fim de uma sincronização</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="648"/>
        <source>looking for interrupted syncs</source>
        <translation>busca por sincronizações interrompidas</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="673"/>
        <source>closing interrupted syncs</source>
        <translation>encerramento das sincronizações interrompidas</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="688"/>
        <source>reading the incremental sync cursor</source>
        <translation>leitura do cursor da sincronização incremental</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="745"/>
        <source>counting the pulses synced per day</source>
        <translation>contagem dos pulses sincronizados por dia</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="766"/>
        <source>reading sync history</source>
        <translation>leitura do histórico de sincronização</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="781"/>
        <source>reading a sync run</source>
        <translation>leitura de uma execução de sincronização</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="800"/>
        <source>counting %1</source>
        <translation>contagem de %1</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="807"/>
        <source>counting indicators by type</source>
        <translation>contagem dos indicadores por tipo</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="815"/>
        <source>counting sync runs</source>
        <translation>contagem das execuções de sincronização</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="845"/>
        <location filename="../models/PulseTableModel.cpp" line="271"/>
        <source>reading pulses</source>
        <translation>leitura dos pulses</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="923"/>
        <location filename="../models/PulseTableModel.cpp" line="208"/>
        <source>reading a pulse</source>
        <translation>leitura de um pulse</translation>
    </message>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="322"/>
        <source>counting pulses</source>
        <translation>contagem dos pulses</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="284"/>
        <source>reading the sync history</source>
        <translation>leitura do histórico de sincronização</translation>
    </message>
</context>
<context>
    <name>DatabaseConfig</name>
    <message>
        <location filename="../models/DatabaseConfig.cpp" line="28"/>
        <source>The SQLite database needs a file path, as in sqlite:/home/me/otxdesk.db.</source>
        <translation>O banco de dados SQLite precisa de um caminho de arquivo, como em sqlite:/home/me/otxdesk.db.</translation>
    </message>
    <message>
        <location filename="../models/DatabaseConfig.cpp" line="39"/>
        <source>The database must be sqlite:PATH or postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE].</source>
        <translation>O banco de dados deve ser sqlite:PATH ou postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE].</translation>
    </message>
    <message>
        <location filename="../models/DatabaseConfig.cpp" line="55"/>
        <source>The Postgres URL needs a host and a database name, as in postgresql://me@127.0.0.1/otxdesk.</source>
        <translation>A URL do Postgres precisa de um host e do nome de um banco de dados, como em postgresql://me@127.0.0.1/otxdesk.</translation>
    </message>
    <message>
        <location filename="../models/DatabaseConfig.cpp" line="61"/>
        <source>Unknown sslmode &quot;%1&quot;; use one of %2.</source>
        <translation>sslmode &quot;%1&quot; desconhecido; use um destes: %2.</translation>
    </message>
</context>
<context>
    <name>EnrichmentPanel</name>
    <message numerus="yes">
        <location filename="../ui/EnrichmentPanel.cpp" line="66"/>
        <location filename="../ui/EnrichmentPanel.cpp" line="723"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/EnrichmentPanel.cpp" line="72"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n itens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="136"/>
        <source>&amp;Keys…</source>
        <translation>&amp;Chaves…</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="138"/>
        <source>Add, test and order your OTX keys, and see what each has left today.</source>
        <translation>Adicione, teste e ordene suas chaves do OTX e veja quanto resta a cada uma hoje.</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="147"/>
        <source>Waiting indicators (pulses and MISP)</source>
        <translation>Indicadores aguardando (pulses e MISP)</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="148"/>
        <source>Indicators of one pulse</source>
        <translation>Indicadores de um pulse</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="149"/>
        <source>A pasted list</source>
        <translation>Uma lista colada</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="150"/>
        <source>MISP attributes</source>
        <translation>Atributos do MISP</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="158"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="160"/>
        <source>MISP attributes of High-threat events first, then the indicators of the newest pulses.</source>
        <translation>Primeiro os atributos do MISP de eventos de ameaça alta, depois os indicadores dos pulses mais recentes.</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="162"/>
        <source>At &amp;most:</source>
        <translation>No má&amp;ximo:</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="169"/>
        <source>OTX pulse id, 24 hexadecimal characters</source>
        <translation>ID do pulse no OTX, 24 caracteres hexadecimais</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="170"/>
        <source>&amp;Pulse:</source>
        <translation>&amp;Pulse:</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="175"/>
        <source>One indicator per line: an address, a name, a URL, a hash or a CVE; or &quot;&lt;OTX type&gt; value&quot;.</source>
        <translation>Um indicador por linha: um endereço, um nome, uma URL, um hash ou um CVE; ou &quot;&lt;tipo OTX&gt; valor&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="185"/>
        <source>all types; or e.g. ip-dst, domain, md5</source>
        <translation>todos os tipos; ou, p. ex., ip-dst, domain, md5</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="188"/>
        <source>IDS or not</source>
        <translation>IDS ou não</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="188"/>
        <source>IDS only</source>
        <translation>Somente IDS</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="188"/>
        <source>Not IDS only</source>
        <translation>Somente não IDS</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="192"/>
        <source>any time</source>
        <translation>qualquer data</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="193"/>
        <location filename="../ui/EnrichmentPanel.cpp" line="227"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="194"/>
        <source>Events published within the last N days (MISP&apos;s &quot;last&quot;); events never published are then left out.</source>
        <translation>Eventos publicados nos últimos N dias (o &quot;last&quot; do MISP); eventos nunca publicados ficam de fora.</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="197"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="197"/>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="197"/>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="197"/>
        <source>Undefined</source>
        <translation>Indefinida</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="204"/>
        <source>&amp;Types:</source>
        <translation>&amp;Tipos:</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="205"/>
        <source>&amp;IDS flag:</source>
        <translation>Marcação &amp;IDS:</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="206"/>
        <source>&amp;Published within:</source>
        <translation>&amp;Publicados nos últimos:</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="207"/>
        <source>Event threat level:</source>
        <translation>Nível de ameaça do evento:</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="226"/>
        <source>Fresh for </source>
        <translation>Validade de </translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="228"/>
        <source>An indicator enriched within this many days is not fetched again: its requests are saved.</source>
        <translation>Um indicador enriquecido há menos que esse número de dias não é buscado de novo: suas requisições são poupadas.</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="235"/>
        <source>Fetch again even if fresh</source>
        <translation>Buscar de novo mesmo se recente</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="237"/>
        <source>&amp;Enrich</source>
        <translation>&amp;Enriquecer</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="239"/>
        <source>Fetch OTX&apos;s data for the chosen indicators (Ctrl+Return).</source>
        <translation>Buscar os dados do OTX para os indicadores escolhidos (Ctrl+Return).</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="241"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="250"/>
        <source>What to enrich</source>
        <translation>O que enriquecer</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="268"/>
        <source>Filter by value</source>
        <translation>Filtrar por valor</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="272"/>
        <location filename="../ui/EnrichmentPanel.cpp" line="325"/>
        <source>All types</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="291"/>
        <source>Open in &amp;OTX</source>
        <translation>Abrir no &amp;OTX</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="295"/>
        <source>Section / field</source>
        <translation>Seção / campo</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="295"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="319"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="319"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="319"/>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="319"/>
        <source>Last enriched</source>
        <translation>Último enriquecimento</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="331"/>
        <source>Any priority</source>
        <translation>Qualquer prioridade</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="332"/>
        <source>MISP, High-threat events</source>
        <translation>MISP, eventos de ameaça alta</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="333"/>
        <source>Pulses, newest first</source>
        <translation>Pulses, mais recentes primeiro</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="334"/>
        <source>MISP, other events</source>
        <translation>MISP, outros eventos</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="367"/>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="368"/>
        <source>&amp;Waiting</source>
        <translation>&amp;Aguardando</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="385"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="457"/>
        <source>MISP, High-threat event</source>
        <translation>MISP, evento de ameaça alta</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="457"/>
        <source>Pulse</source>
        <translation>Pulse</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="457"/>
        <source>MISP, other event</source>
        <translation>MISP, outro evento</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="461"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="473"/>
        <source>The first %1 waiting, in the order Enrich takes them.</source>
        <translation>Os primeiros %1 aguardando, na ordem da fila de enriquecimento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/EnrichmentPanel.cpp" line="474"/>
        <source>%n indicator(s) waiting, in the order Enrich takes them.</source>
        <translation>
            <numerusform>%n indicador aguardando, na ordem da fila de enriquecimento.</numerusform>
            <numerusform>%n indicadores aguardando, na ordem da fila de enriquecimento.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="484"/>
        <source>Indicators: %1 enriched, %2 stale, %3 never enriched, %4 failed, %5 of types OTX cannot enrich.</source>
        <translation>Indicadores: %1 enriquecidos, %2 desatualizados, %3 nunca enriquecidos, %4 com falha, %5 de tipos que o OTX não enriquece.</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="493"/>
        <source>%1: %2 enriched, %3 waiting</source>
        <translation>%1: %2 enriquecidos, %3 aguardando</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="509"/>
        <source>No OTX key in the key ring yet: add one under Keys.</source>
        <translation>Ainda não há chave do OTX no conjunto de chaves: adicione uma em Chaves.</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="517"/>
        <source>%1: %2 of %3 left</source>
        <translation>%1: restam %2 de %3</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="518"/>
        <source> (refused)</source>
        <translation> (recusada)</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="519"/>
        <source> (resting)</source>
        <translation> (em pausa)</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="522"/>
        <source>Requests today: %1 spent. %2</source>
        <translation>Requisições hoje: %1 usadas. %2</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="534"/>
        <source>Enter the pulse&apos;s OTX id, or press Enrich beside a pulse&apos;s indicators in the pulse browser.</source>
        <translation>Informe o ID do pulse no OTX ou clique em Enriquecer junto aos indicadores de um pulse no navegador de pulses.</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="542"/>
        <source>Paste the indicators to enrich, one per line.</source>
        <translation>Cole os indicadores a enriquecer, um por linha.</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="564"/>
        <source>Tick at least one threat level.</source>
        <translation>Marque pelo menos um nível de ameaça.</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="566"/>
        <source>Set the MISP address and key under Settings first.</source>
        <translation>Defina primeiro o endereço e a chave do MISP em Configurações.</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="605"/>
        <source>Enrichment: %1</source>
        <translation>Enriquecimento: %1</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="629"/>
        <source>An enrichment is running; wait for it or cancel it.</source>
        <translation>Um enriquecimento está em andamento; aguarde-o ou cancele-o.</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="641"/>
        <source>Cancelling; what was enriched is kept.</source>
        <translation>Cancelando; o que já foi enriquecido é mantido.</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="661"/>
        <source>Enrichment cancelled after %1 s. What was enriched is kept; the rest waits for the next run.</source>
        <translation>Enriquecimento cancelado após %1 s. O que já foi enriquecido é mantido; o resto aguarda a próxima execução.</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="685"/>
        <source>Pick an indicator to see what OTX knows of it.</source>
        <translation>Escolha um indicador para ver o que o OTX sabe sobre ele.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/EnrichmentPanel.cpp" line="692"/>
        <source>in %n pulse(s)</source>
        <translation>
            <numerusform>em %n pulse</numerusform>
            <numerusform>em %n pulses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="695"/>
        <source>ATT&amp;CK: %1</source>
        <translation>ATT&amp;CK: %1</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="698"/>
        <source>seen %1 to %2</source>
        <translation>visto de %1 a %2</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="717"/>
        <source>OTX knows nothing (HTTP 404)</source>
        <translation>O OTX não sabe nada (HTTP 404)</translation>
    </message>
    <message>
        <location filename="../ui/EnrichmentPanel.cpp" line="718"/>
        <source>failed (HTTP %1)</source>
        <translation>falhou (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>EnrichmentService</name>
    <message numerus="yes">
        <location filename="../services/EnrichmentService.cpp" line="262"/>
        <source>OTX did not answer within %n second(s).</source>
        <translation>
            <numerusform>O OTX não respondeu em %n segundo.</numerusform>
            <numerusform>O OTX não respondeu em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/EnrichmentService.cpp" line="266"/>
        <source>The connection to OTX failed: %1</source>
        <translation>A conexão com o OTX falhou: %1</translation>
    </message>
    <message>
        <location filename="../services/EnrichmentService.cpp" line="268"/>
        <source>OTX had a server error (HTTP %1).</source>
        <translation>O OTX teve um erro de servidor (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../services/EnrichmentService.cpp" line="270"/>
        <source>OTX sent a reply that is not JSON (it may have been cut off).</source>
        <translation>O OTX enviou uma resposta que não é JSON (ela pode ter sido cortada).</translation>
    </message>
    <message>
        <location filename="../services/EnrichmentService.cpp" line="300"/>
        <source>OTX answered with HTTP %1.</source>
        <translation>O OTX respondeu com HTTP %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../services/EnrichmentService.cpp" line="366"/>
        <source>Enriched %1 of %2 indicators; %n request(s) left today.</source>
        <translation>
            <numerusform>%1 de %2 indicadores enriquecidos; resta %n requisição hoje.</numerusform>
            <numerusform>%1 de %2 indicadores enriquecidos; restam %n requisições hoje.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/EnrichmentService.cpp" line="429"/>
        <source>No MISP API key: save it under Settings, MISP.</source>
        <translation>Nenhuma chave de API do MISP: salve-a em Configurações, MISP.</translation>
    </message>
    <message>
        <location filename="../services/EnrichmentService.cpp" line="519"/>
        <source>Preparing the enrichment…</source>
        <translation>Preparando o enriquecimento…</translation>
    </message>
    <message>
        <location filename="../services/EnrichmentService.cpp" line="534"/>
        <source>No keychain to read the OTX keys from.</source>
        <translation>Não há chaveiro de onde ler as chaves do OTX.</translation>
    </message>
    <message>
        <location filename="../services/EnrichmentService.cpp" line="639"/>
        <source>Enrichment failed: %1</source>
        <translation>O enriquecimento falhou: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../services/EnrichmentService.cpp" line="641"/>
        <source>Enrichment: %1 enriched, %2 unknown to OTX, %3 failed, %4 fresh (not fetched), %5 of types OTX cannot enrich; %n request(s).</source>
        <translation>
            <numerusform>Enriquecimento: %1 enriquecidos, %2 desconhecidos pelo OTX, %3 com falha, %4 recentes (não buscados), %5 de tipos que o OTX não enriquece; %n requisição.</numerusform>
            <numerusform>Enriquecimento: %1 enriquecidos, %2 desconhecidos pelo OTX, %3 com falha, %4 recentes (não buscados), %5 de tipos que o OTX não enriquece; %n requisições.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../services/EnrichmentService.cpp" line="652"/>
        <source>From MISP: %n attribute(s), %1 of types OTX has no indicator for.</source>
        <translation>
            <numerusform>Do MISP: %n atributo, %1 de tipos para os quais o OTX não tem indicador.</numerusform>
            <numerusform>Do MISP: %n atributos, %1 de tipos para os quais o OTX não tem indicador.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../services/EnrichmentService.cpp" line="659"/>
        <source>%n value(s) of no known type were left out.</source>
        <translation>
            <numerusform>%n valor sem tipo conhecido foi deixado de fora.</numerusform>
            <numerusform>%n valores sem tipo conhecido foram deixados de fora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrichmentStore</name>
    <message>
        <location filename="../models/EnrichmentStore.cpp" line="81"/>
        <source>The store has no pulse %1. Sync it first.</source>
        <translation>A base local não tem o pulse %1. Sincronize-o primeiro.</translation>
    </message>
</context>
<context>
    <name>EnrichmentTableModel</name>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="43"/>
        <location filename="../models/EnrichmentTableModel.cpp" line="181"/>
        <source>Enriched</source>
        <translation>Enriquecido</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="46"/>
        <source>Unknown to OTX</source>
        <translation>Desconhecido pelo OTX</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="49"/>
        <source>Partly enriched</source>
        <translation>Parcialmente enriquecido</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="52"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="164"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="166"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="169"/>
        <source>Pulses</source>
        <extracomment>How many OTX pulses carry the indicator</extracomment>
        <translation>Pulses</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="171"/>
        <source>Reputation</source>
        <translation>Reputação</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="173"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="175"/>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="177"/>
        <source>Malware families</source>
        <translation>Famílias de malware</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="179"/>
        <source>Adversaries</source>
        <translation>Adversários</translation>
    </message>
    <message>
        <location filename="../models/EnrichmentTableModel.cpp" line="183"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../services/JobRunner.cpp" line="62"/>
        <source>%1 is running it (since %2).</source>
        <translation>%1 está executando a tarefa (desde %2).</translation>
    </message>
    <message>
        <location filename="../services/JobRunner.cpp" line="65"/>
        <source>%1 ran it at %2.</source>
        <translation>%1 executou a tarefa em %2.</translation>
    </message>
    <message>
        <location filename="../services/JobRunner.cpp" line="67"/>
        <source>%1 ran it at %2: %3</source>
        <translation>%1 executou a tarefa em %2: %3</translation>
    </message>
    <message>
        <location filename="../services/JobRunner.cpp" line="89"/>
        <source>Not run: otxdesk was closing.</source>
        <translation>Não executada: o otxdesk estava fechando.</translation>
    </message>
    <message>
        <location filename="../services/JobRunner.cpp" line="94"/>
        <source>Another desktop is claiming it.</source>
        <translation>Outra estação está assumindo a tarefa.</translation>
    </message>
    <message>
        <location filename="../services/JobRunner.cpp" line="96"/>
        <source>Another desktop holds this job now. Last run: %1</source>
        <translation>Outra estação está com esta tarefa agora. Última execução: %1</translation>
    </message>
    <message>
        <location filename="../services/JobRunner.cpp" line="98"/>
        <source>Another desktop holds this job now.</source>
        <translation>Outra estação está com esta tarefa agora.</translation>
    </message>
    <message>
        <location filename="../services/JobRunner.cpp" line="109"/>
        <location filename="../services/JobRunner.cpp" line="110"/>
        <source>It could not start.</source>
        <translation>Não foi possível iniciar.</translation>
    </message>
    <message>
        <location filename="../services/JobRunner.cpp" line="179"/>
        <source>Interrupted: otxdesk stopped before it ended.</source>
        <translation>Interrompida: o otxdesk parou antes de ela terminar.</translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <location filename="../ui/JobsView.cpp" line="24"/>
        <source>No jobs running.</source>
        <translation>Nenhuma tarefa em execução.</translation>
    </message>
    <message>
        <location filename="../ui/JobsView.cpp" line="48"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../ui/JobsView.cpp" line="62"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/JobsView.cpp" line="64"/>
        <source>Stop this job. What it already stored is kept.</source>
        <translation>Interromper esta tarefa. O que ela já armazenou é mantido.</translation>
    </message>
    <message>
        <location filename="../ui/JobsView.cpp" line="78"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>KeyManager</name>
    <message>
        <location filename="../services/KeyManager.cpp" line="36"/>
        <source>The key is empty. Paste the key from your OTX account page (Settings, API key).</source>
        <translation>A chave está vazia. Cole a chave da página da sua conta no OTX (Settings, API key).</translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="43"/>
        <source>There is already an OTX key named &quot;%1&quot;. Choose another name.</source>
        <translation>Já existe uma chave do OTX chamada &quot;%1&quot;. Escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="49"/>
        <source>The key was not saved: %1</source>
        <translation>A chave não foi salva: %1</translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="72"/>
        <source>The key &quot;%1&quot; was removed, but the keychain kept its secret: %2</source>
        <translation>A chave &quot;%1&quot; foi removida, mas o chaveiro manteve o segredo dela: %2</translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="96"/>
        <source>The key &quot;%1&quot; cannot be renamed: its secret cannot be read (%2).</source>
        <translation>A chave &quot;%1&quot; não pode ser renomeada: o segredo dela não pode ser lido (%2).</translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="109"/>
        <source>The key was renamed, but the keychain kept its secret under the old name &quot;%1&quot;: %2</source>
        <translation>A chave foi renomeada, mas o chaveiro manteve o segredo dela com o nome antigo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="140"/>
        <source>OTX accepted the key.</source>
        <translation>O OTX aceitou a chave.</translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="143"/>
        <source>OTX refused the key (HTTP 403): it is wrong or revoked.</source>
        <translation>O OTX recusou a chave (HTTP 403): ela está errada ou foi revogada.</translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="146"/>
        <source>OTX is limiting the key (HTTP 429); it works, but must rest.</source>
        <translation>O OTX está limitando a chave (HTTP 429); ela funciona, mas precisa ficar em pausa.</translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="149"/>
        <source>The key could not be tested: %1</source>
        <translation>Não foi possível testar a chave: %1</translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="163"/>
        <source>The key &quot;%1&quot; cannot be tested: its secret cannot be read (%2).</source>
        <translation>A chave &quot;%1&quot; não pode ser testada: o segredo dela não pode ser lido (%2).</translation>
    </message>
    <message>
        <location filename="../services/KeyManager.cpp" line="188"/>
        <source>The result could not be recorded: %1</source>
        <translation>Não foi possível registrar o resultado: %1</translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <location filename="../services/KeyRing.cpp" line="95"/>
        <source>There is no OTX key in the key ring.</source>
        <translation>Não há nenhuma chave do OTX no conjunto de chaves.</translation>
    </message>
    <message>
        <location filename="../services/KeyRing.cpp" line="217"/>
        <source>Waiting for the OTX keys&apos; rate limits.</source>
        <translation>Aguardando os limites de taxa das chaves do OTX.</translation>
    </message>
    <message>
        <location filename="../services/KeyRing.cpp" line="229"/>
        <source>There is no OTX key. Add one under Keys.</source>
        <translation>Não há nenhuma chave do OTX. Adicione uma em Chaves.</translation>
    </message>
    <message>
        <location filename="../services/KeyRing.cpp" line="231"/>
        <source>Every usable OTX key has spent its daily budget. The work resumes after midnight, or add a key under Keys.</source>
        <translation>Todas as chaves do OTX utilizáveis esgotaram a cota diária. O trabalho será retomado após a meia-noite, ou adicione uma chave em Chaves.</translation>
    </message>
    <message>
        <location filename="../services/KeyRing.cpp" line="234"/>
        <source>OTX refused every OTX key (HTTP 403). Check the keys under Keys and test them.</source>
        <translation>O OTX recusou todas as chaves (HTTP 403). Verifique as chaves em Chaves e teste-as.</translation>
    </message>
    <message>
        <location filename="../services/KeyRing.cpp" line="237"/>
        <source>No OTX key could be read from the keychain. Unlock the keychain or enter the keys again under Keys.</source>
        <translation>Nenhuma chave do OTX pôde ser lida do chaveiro. Desbloqueie o chaveiro ou informe as chaves novamente em Chaves.</translation>
    </message>
    <message>
        <location filename="../services/KeyRing.cpp" line="321"/>
        <source>OTX limited this key (HTTP 429).</source>
        <translation>O OTX limitou esta chave (HTTP 429).</translation>
    </message>
    <message numerus="yes">
        <location filename="../services/KeyRing.cpp" line="325"/>
        <source>OTX is limiting the key &quot;%1&quot; (HTTP 429); it rests for %n second(s) while other keys take over.</source>
        <translation>
            <numerusform>O OTX está limitando a chave &quot;%1&quot; (HTTP 429); ela fica em pausa por %n segundo enquanto outras chaves assumem.</numerusform>
            <numerusform>O OTX está limitando a chave &quot;%1&quot; (HTTP 429); ela fica em pausa por %n segundos enquanto outras chaves assumem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/KeyRing.cpp" line="335"/>
        <source>OTX refused this key (HTTP 403).</source>
        <translation>O OTX recusou esta chave (HTTP 403).</translation>
    </message>
    <message>
        <location filename="../services/KeyRing.cpp" line="339"/>
        <source>OTX refused the key &quot;%1&quot; (HTTP 403): it is wrong or revoked. It is not used again until you test it under Keys.</source>
        <translation>O OTX recusou a chave &quot;%1&quot; (HTTP 403): ela está errada ou foi revogada. Ela não será usada novamente até que você a teste em Chaves.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <location filename="../models/KeyStore.cpp" line="40"/>
        <source>There is no OTX key named &quot;%1&quot;.</source>
        <translation>Não há nenhuma chave do OTX chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="56"/>
        <source>Give the key a name, such as &quot;work&quot; or &quot;team&quot;.</source>
        <translation>Dê um nome à chave, como &quot;trabalho&quot; ou &quot;equipe&quot;.</translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="59"/>
        <source>A key name has at most %1 characters.</source>
        <translation>Um nome de chave tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="65"/>
        <source>A key name cannot hold control characters.</source>
        <translation>Um nome de chave não pode conter caracteres de controle.</translation>
    </message>
    <message>
        <location filename="../models/KeyStore.cpp" line="105"/>
        <location filename="../models/KeyStore.cpp" line="166"/>
        <source>There is already an OTX key named &quot;%1&quot;. Choose another name.</source>
        <translation>Já existe uma chave do OTX chamada &quot;%1&quot;. Escolha outro nome.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../services/SecretStore.cpp" line="62"/>
        <source>the OS keychain</source>
        <translation>chaveiro do sistema</translation>
    </message>
    <message>
        <location filename="../services/SecretStore.cpp" line="70"/>
        <source>No secret named &quot;%1&quot; is stored in the keychain.</source>
        <translation>Nenhum segredo chamado &quot;%1&quot; está armazenado no chaveiro.</translation>
    </message>
    <message>
        <location filename="../services/SecretStore.cpp" line="77"/>
        <source>The OS keychain is not available, so the secret was not read or saved. otxdesk needs a Secret Service provider (for example gnome-keyring or KWallet) running and unlocked on the session D-Bus.</source>
        <translation>O chaveiro do sistema não está disponível, então o segredo não foi lido nem salvo. O otxdesk precisa de um provedor do Secret Service (por exemplo, gnome-keyring ou KWallet) em execução e desbloqueado no D-Bus da sessão.</translation>
    </message>
    <message>
        <location filename="../services/SecretStore.cpp" line="147"/>
        <source>The OS keychain returned something other than what was stored.</source>
        <translation>O chaveiro do sistema devolveu algo diferente do que foi armazenado.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="45"/>
        <source>Works</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="48"/>
        <source>Refused by OTX: test it again once fixed</source>
        <translation>Recusada pelo OTX: teste-a novamente depois de corrigir</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="51"/>
        <source>Resting until %1</source>
        <translation>Em pausa até %1</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="54"/>
        <source>Limited by OTX</source>
        <translation>Limitada pelo OTX</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="56"/>
        <source>Not tested yet</source>
        <translation>Ainda não testada</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="73"/>
        <source>OTX keys</source>
        <translation>Chaves do OTX</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="75"/>
        <source>The primary key is used while it has budget, then the key with the most left. A key OTX limits rests and the others take over; a key OTX refuses is not used until a test passes. The keys themselves stay in %1.</source>
        <translation>A chave principal é usada enquanto tiver cota; depois, a chave com mais saldo. Uma chave limitada pelo OTX fica em pausa e as outras assumem; uma chave recusada pelo OTX não é usada até passar em um teste. As chaves em si ficam guardadas em: %1.</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="85"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="85"/>
        <source>Used today</source>
        <translation>Uso hoje</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="85"/>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="85"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="85"/>
        <source>Last checked</source>
        <translation>Última verificação</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="96"/>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="98"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="100"/>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nomear…</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="102"/>
        <source>Make &amp;primary</source>
        <translation>Tornar &amp;principal</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="104"/>
        <source>&amp;Test</source>
        <translation>&amp;Testar</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="106"/>
        <source>One cheap request to OTX with the key; it counts towards its budget.</source>
        <translation>Uma requisição barata ao OTX com a chave; ela conta para a cota da chave.</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="181"/>
        <source>%1 (primary)</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="185"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="191"/>
        <source>%1/day, %2/min</source>
        <translation>%1/dia, %2/min</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="192"/>
        <source>%1/day</source>
        <translation>%1/dia</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="210"/>
        <source>No key yet. Add your OTX key (OTX: Settings, API key); add more to share the work between them.</source>
        <translation>Nenhuma chave ainda. Adicione sua chave do OTX (no OTX: Settings, API key); adicione mais chaves para dividir o trabalho entre elas.</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="264"/>
        <source>Saving the key…</source>
        <translation>Salvando a chave…</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="267"/>
        <source>Added the key &quot;%1&quot;. Test it to be sure OTX takes it.</source>
        <translation>Chave &quot;%1&quot; adicionada. Teste-a para ter certeza de que o OTX a aceita.</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="278"/>
        <source>Add an OTX key</source>
        <translation>Adicionar uma chave do OTX</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="281"/>
        <source>main</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="285"/>
        <source>64 hexadecimal characters, from your OTX account</source>
        <translation>64 caracteres hexadecimais, da sua conta no OTX</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="291"/>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="295"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="296"/>
        <source>&amp;Key:</source>
        <translation>&amp;Chave:</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="297"/>
        <source>Requests per &amp;day:</source>
        <translation>Requisições por &amp;dia:</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="298"/>
        <source>Requests per &amp;minute:</source>
        <translation>Requisições por &amp;minuto:</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="303"/>
        <source>Give the key a name and paste the key.</source>
        <translation>Dê um nome à chave e cole a chave.</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="321"/>
        <source>Remove the key</source>
        <translation>Remover a chave</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="322"/>
        <source>Remove the OTX key &quot;%1&quot;? Its secret is deleted from the keychain.</source>
        <translation>Remover a chave do OTX &quot;%1&quot;? O segredo dela será apagado do chaveiro.</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="323"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="324"/>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="330"/>
        <source>Removing the key…</source>
        <translation>Removendo a chave…</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="332"/>
        <source>Removed the key &quot;%1&quot;.</source>
        <translation>Chave &quot;%1&quot; removida.</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="345"/>
        <source>Rename the key</source>
        <translation>Renomear a chave</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="346"/>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="350"/>
        <source>Renaming the key…</source>
        <translation>Renomeando a chave…</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="353"/>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; renomeada para &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="365"/>
        <source>Choosing the primary key…</source>
        <translation>Definindo a chave principal…</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="367"/>
        <source>&quot;%1&quot; is now the primary key.</source>
        <translation>&quot;%1&quot; agora é a chave principal.</translation>
    </message>
    <message>
        <location filename="../ui/KeysDialog.cpp" line="379"/>
        <source>Testing the key with OTX…</source>
        <translation>Testando a chave com o OTX…</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../services/Language.cpp" line="28"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>otxdesk</source>
        <translation>otxdesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>skipped: %1</source>
        <translation>ignorada: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="218"/>
        <source>%n key(s) started a new day.</source>
        <translation>
            <numerusform>Uso diário zerado para %n chave.</numerusform>
            <numerusform>Uso diário zerado para %n chaves.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>Pulses</source>
        <translation>Pulses</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>Sync history</source>
        <translation>Histórico de sincronização</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <location filename="../ui/MainWindow.cpp" line="923"/>
        <source>MISP export</source>
        <translation>Exportação para o MISP</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <location filename="../ui/MainWindow.cpp" line="926"/>
        <source>Enrichment</source>
        <translation>Enriquecimento</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333"/>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="361"/>
        <source>The database could not be opened: %1 Choose another database under Settings; the change applies after a restart. No sync can run until the database works.</source>
        <translation>Não foi possível abrir o banco de dados: %1 Escolha outro banco de dados em Configurações; a mudança vale após reiniciar. Nenhuma sincronização pode ser executada até o banco de dados funcionar.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="381"/>
        <source>Jobs</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="391"/>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="392"/>
        <source>Database unavailable: %1</source>
        <translation>Banco de dados indisponível: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="475"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="477"/>
        <source>Fetch what changed in your subscribed OTX feed</source>
        <translation>Buscar o que mudou no seu feed assinado do OTX</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="481"/>
        <source>Sync &amp;everything again</source>
        <translation>Sincronizar &amp;tudo novamente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="483"/>
        <source>Fetch the whole subscribed feed again (within the first-sync look-back)</source>
        <translation>Buscar de novo todo o feed assinado (dentro do período retroativo da primeira sincronização)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="485"/>
        <source>Search &amp;OTX…</source>
        <translation>Pesquisar no &amp;OTX…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source>Search OTX for pulses and store what it finds</source>
        <translation>Pesquisar pulses no OTX e armazenar o que for encontrado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="490"/>
        <source>&amp;Fetch pulse by id…</source>
        <translation>&amp;Buscar pulse por ID…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="492"/>
        <source>Fetch one pulse by its OTX id</source>
        <translation>Buscar um pulse pelo ID no OTX</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="495"/>
        <source>&amp;Cancel running jobs</source>
        <translation>&amp;Cancelar tarefas em execução</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="497"/>
        <source>Stop the running jobs; what they stored is kept</source>
        <translation>Interromper as tarefas em execução; o que elas armazenaram é mantido</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="500"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="502"/>
        <source>Read the pulses and the sync history again</source>
        <translation>Ler novamente os pulses e o histórico de sincronização</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="504"/>
        <source>&amp;Filter pulses</source>
        <translation>&amp;Filtrar pulses</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="506"/>
        <source>Type to filter the pulse table</source>
        <translation>Digite para filtrar a tabela de pulses</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="508"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="510"/>
        <source>OTX server and key, database</source>
        <translation>Servidor e chave do OTX, banco de dados</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="512"/>
        <source>&amp;Export selected pulses to MISP</source>
        <translation>&amp;Exportar pulses selecionados para o MISP</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="514"/>
        <source>Export the pulses selected in the MISP export panel</source>
        <translation>Exportar os pulses selecionados no painel Exportação para o MISP</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="516"/>
        <source>Export all &amp;waiting pulses to MISP</source>
        <translation>Exportar todos os pulses &amp;pendentes para o MISP</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="518"/>
        <source>Export every pulse never exported, changed since, or whose last export failed</source>
        <translation>Exportar todos os pulses nunca exportados, alterados desde então ou cuja última exportação falhou</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="521"/>
        <source>E&amp;nrich indicators</source>
        <translation>E&amp;nriquecer indicadores</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>Enrich what the Enrichment panel has chosen (Ctrl+Return there)</source>
        <translation>Enriquecer o que está escolhido no painel Enriquecimento (lá, Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="525"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="527"/>
        <source>Close otxdesk; if jobs run, it asks whether to let them finish</source>
        <translation>Fechar o otxdesk; se houver tarefas em execução, pergunta se você quer deixá-las terminar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="529"/>
        <source>&amp;About otxdesk</source>
        <translation>&amp;Sobre o otxdesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="529"/>
        <source>Version and purpose</source>
        <translation>Versão e finalidade</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="549"/>
        <source>Export to MISP</source>
        <translation>Exportar para o MISP</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="550"/>
        <source>Export every pulse waiting for export to MISP now? The MISP export panel lists them.</source>
        <translation>Exportar agora para o MISP todos os pulses que aguardam exportação? O painel de exportação para o MISP lista esses pulses.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="552"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="574"/>
        <source>About otxdesk</source>
        <translation>Sobre o otxdesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="575"/>
        <source>otxdesk %1

A desktop workbench for AlienVault OTX pulses: sync, browse and filter them, export them to MISP and enrich their indicators, with keys kept in the OS keychain.

Database: %2</source>
        <translation>otxdesk %1

Uma bancada de trabalho para pulses do AlienVault OTX: sincronize, navegue e filtre pulses, exporte-os para o MISP e enriqueça seus indicadores, com as chaves guardadas no chaveiro do sistema.

Banco de dados: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="582"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="586"/>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="591"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Tarefas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="597"/>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="611"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="614"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="642"/>
        <source>Search OTX</source>
        <translation>Pesquisar no OTX</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="643"/>
        <source>Search OTX for pulses about (a name, tag, adversary, malware or indicator):</source>
        <translation>Pesquisar no OTX pulses sobre (um nome, tag, adversário, malware ou indicador):</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="650"/>
        <source>Nothing to search for.</source>
        <translation>Nada para pesquisar.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="667"/>
        <source>Fetch pulse by id</source>
        <translation>Buscar pulse por ID</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="668"/>
        <source>OTX pulse id (24 hexadecimal characters) or the pulse&apos;s page address:</source>
        <translation>ID do pulse no OTX (24 caracteres hexadecimais) ou o endereço da página do pulse:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="676"/>
        <source>Not a pulse id</source>
        <translation>Não é um ID de pulse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="677"/>
        <source>“%1” is not an OTX pulse id. A pulse id has 24 hexadecimal characters, such as 57204e9b3c4c3e015d93cb12; the address of a pulse&apos;s page works too.</source>
        <translation>“%1” não é um ID de pulse do OTX. Um ID de pulse tem 24 caracteres hexadecimais, como 57204e9b3c4c3e015d93cb12; o endereço da página de um pulse também serve.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="694"/>
        <source>A sync is already running; wait for it or cancel it.</source>
        <translation>Uma sincronização já está em andamento; aguarde-a ou cancele-a.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="699"/>
        <source>Reading the OTX key…</source>
        <translation>Lendo a chave do OTX…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="712"/>
        <source>Sync cancelled before it started.</source>
        <translation>Sincronização cancelada antes de começar.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="721"/>
        <source>key ring</source>
        <translation>conjunto de chaves</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="727"/>
        <source>The sync did not start: %1</source>
        <translation>A sincronização não foi iniciada: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="729"/>
        <source>The sync did not start: the OTX key could not be read. %1

In Settings you can enter the key for this session only.</source>
        <translation>A sincronização não foi iniciada: não foi possível ler a chave do OTX. %1

Em Configurações você pode informar a chave somente para esta sessão.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="733"/>
        <source>The sync did not start: no OTX API key is saved. Enter your key under Settings (OTX → API key), then press Sync now again.</source>
        <translation>A sincronização não foi iniciada: nenhuma chave de API do OTX está salva. Informe sua chave em Configurações (OTX → Chave de API) e clique em Sincronizar agora novamente.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="736"/>
        <source>The sync did not start: no OTX key.</source>
        <translation>A sincronização não foi iniciada: nenhuma chave do OTX.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="744"/>
        <source>No OTX key</source>
        <translation>Nenhuma chave do OTX</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="746"/>
        <source>Open Settings</source>
        <translation>Abrir Configurações</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="877"/>
        <source>From the scheduled sync: new pulses %L1, updated pulses %L2.</source>
        <translation>Da sincronização agendada: pulses novos %L1, pulses atualizados %L2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="939"/>
        <source>Still running: %1. Let them finish in the background, or cancel them and quit? What they stored so far is kept either way. In the background otxdesk stays in the tray, running its schedule, until you choose Quit from the tray icon&apos;s menu.</source>
        <translation>Ainda em execução: %1. Deixar que terminem em segundo plano, ou cancelá-las e sair? O que já armazenaram é mantido em ambos os casos. Em segundo plano, o otxdesk fica na bandeja, seguindo o agendamento, até você escolher Sair no menu do ícone da bandeja.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="553"/>
        <location filename="../ui/MainWindow.cpp" line="747"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="838"/>
        <source>Sync started.</source>
        <translation>Sincronização iniciada.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="859"/>
        <source>Sync cancelled after %1 s. The pages already stored are kept; see Sync history for the counts.</source>
        <translation>Sincronização cancelada após %1 s. As páginas já armazenadas são mantidas; veja as contagens em Histórico de sincronização.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="876"/>
        <source>New OTX pulses</source>
        <translation>Novos pulses do OTX</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="890"/>
        <source>Cancelling… the job stops after the current request.</source>
        <translation>Cancelando… a tarefa para após a requisição atual.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="920"/>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="938"/>
        <source>Jobs are running</source>
        <translation>Há tarefas em execução</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="944"/>
        <source>Keep running in the tray</source>
        <translation>Continuar em execução na bandeja</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="945"/>
        <source>Keep running (minimised)</source>
        <translation>Continuar em execução (minimizado)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="946"/>
        <source>Cancel them and quit</source>
        <translation>Cancelá-las e sair</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="971"/>
        <source>otxdesk keeps running</source>
        <translation>O otxdesk continua em execução</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="972"/>
        <source>The jobs go on in the background; otxdesk stays in the tray. Quit from the tray icon&apos;s menu.</source>
        <translation>As tarefas continuam em segundo plano; o otxdesk fica na bandeja. Para sair, use o menu do ícone na bandeja.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1048"/>
        <source>Search OTX for “%1”</source>
        <translation>Pesquisar “%1” no OTX</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1050"/>
        <source>Fetch pulse %1</source>
        <translation>Buscar o pulse %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1053"/>
        <source>Sync the whole subscribed feed</source>
        <translation>Sincronizar todo o feed assinado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1054"/>
        <source>Sync subscribed pulses</source>
        <translation>Sincronizar pulses assinados</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../services/SecretStore.cpp" line="159"/>
        <source>No secret named &quot;%1&quot; is held for this session.</source>
        <translation>Nenhum segredo chamado &quot;%1&quot; está guardado para esta sessão.</translation>
    </message>
    <message>
        <location filename="../services/SecretStore.cpp" line="182"/>
        <source>this session only (not saved)</source>
        <translation>somente nesta sessão (não salvo)</translation>
    </message>
</context>
<context>
    <name>MispAttributes</name>
    <message>
        <location filename="../services/MispAttributes.cpp" line="106"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../services/MispAttributes.cpp" line="129"/>
        <source>MISP refused the attribute search (HTTP %1).</source>
        <translation>O MISP recusou a pesquisa de atributos (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>MispClient</name>
    <message>
        <location filename="../services/MispClient.cpp" line="107"/>
        <source>HTTP %1 without an explanation</source>
        <translation>HTTP %1 sem explicação</translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="125"/>
        <location filename="../services/MispClient.cpp" line="147"/>
        <location filename="../services/MispClient.cpp" line="244"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="154"/>
        <source>The secure connection to MISP at %1 failed: its certificate could not be verified. Install the server&apos;s CA certificate, or turn off TLS verification for this server in Settings if you trust the network.</source>
        <translation>A conexão segura com o MISP em %1 falhou: o certificado dele não pôde ser verificado. Instale o certificado da CA do servidor ou desative a verificação TLS para este servidor em Configurações, se você confia na rede.</translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="165"/>
        <source>MISP at %1 did not answer within %2 seconds.</source>
        <translation>O MISP em %1 não respondeu em %2 segundos.</translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="170"/>
        <source>Could not reach MISP at %1, or the connection dropped. Check the network and the MISP address in Settings.</source>
        <translation>Não foi possível acessar o MISP em %1, ou a conexão caiu. Verifique a rede e o endereço do MISP em Configurações.</translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="179"/>
        <source>MISP at %1 answered as to a web browser (a redirect to its login page), not as an API. Check that the address is MISP&apos;s base URL, without a path such as /users/login.</source>
        <translation>O MISP em %1 respondeu como a um navegador web (um redirecionamento para a página de login), não como uma API. Verifique se o endereço é a URL base do MISP, sem um caminho como /users/login.</translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="187"/>
        <source>MISP had a server error (HTTP %1). Try again later; if it persists, MISP&apos;s error log says why.</source>
        <translation>O MISP teve um erro de servidor (HTTP %1). Tente novamente mais tarde; se persistir, o log de erros do MISP diz o motivo.</translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="197"/>
        <source>MISP at %1 answered with something that is not JSON (HTTP %2). Check that the address points at MISP.</source>
        <translation>O MISP em %1 respondeu com algo que não é JSON (HTTP %2). Verifique se o endereço aponta para o MISP.</translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="207"/>
        <source>MISP refused the API key. Check the key in Settings (MISP: your profile, Auth keys) and that its user may use the API.</source>
        <translation>O MISP recusou a chave de API. Verifique a chave em Configurações (no MISP: seu perfil, Auth keys) e se o usuário dela pode usar a API.</translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="213"/>
        <source>The MISP key&apos;s role may not do this (%1). Ask a MISP admin for a role that may add, tag and publish events.</source>
        <translation>O papel da chave do MISP não permite isto (%1). Peça a um administrador do MISP um papel que possa adicionar, marcar com tags e publicar eventos.</translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="222"/>
        <source>MISP is limiting this key&apos;s searches (HTTP 429). Wait and try again.</source>
        <translation>O MISP está limitando as pesquisas desta chave (HTTP 429). Aguarde e tente novamente.</translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="252"/>
        <source>The MISP address is not a URL. Enter it as https://misp.example.org.</source>
        <translation>O endereço do MISP não é uma URL. Informe-o como https://misp.example.org.</translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="257"/>
        <source>No MISP API key is set. Enter it in Settings.</source>
        <translation>Nenhuma chave de API do MISP está definida. Informe-a em Configurações.</translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="264"/>
        <source>The server at %1 does not answer like MISP (no version). Check the address.</source>
        <translation>O servidor em %1 não responde como o MISP (sem versão). Verifique o endereço.</translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="277"/>
        <source>MISP would not say whose key this is.</source>
        <translation>O MISP não informou a quem pertence esta chave.</translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="293"/>
        <source>The key works, but its MISP role may not add events. Ask a MISP admin for a role with &quot;add&quot; permission.</source>
        <translation>A chave funciona, mas o papel dela no MISP não permite adicionar eventos. Peça a um administrador do MISP um papel com a permissão &quot;add&quot;.</translation>
    </message>
    <message>
        <location filename="../services/MispClient.cpp" line="308"/>
        <source>MISP would not list its attribute types.</source>
        <translation>O MISP não listou os tipos de atributo dele.</translation>
    </message>
</context>
<context>
    <name>MispExportModel</name>
    <message>
        <location filename="../models/MispExportModel.cpp" line="78"/>
        <source>Waiting: never exported</source>
        <translation>Aguardando: nunca exportado</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="81"/>
        <source>Waiting: changed since export</source>
        <translation>Aguardando: alterado desde a exportação</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="84"/>
        <source>Waiting: export stopped half-way</source>
        <translation>Aguardando: exportação interrompida no meio</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="87"/>
        <source>Waiting: last export failed</source>
        <translation>Aguardando: última exportação falhou</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="90"/>
        <source>Exported, with refusals</source>
        <translation>Exportado, com recusas</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="90"/>
        <location filename="../models/MispExportModel.cpp" line="226"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="93"/>
        <source>Blocked by MISP (event deleted there)</source>
        <translation>Bloqueado pelo MISP (evento excluído lá)</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="96"/>
        <source>Skipped: nothing MISP can take</source>
        <translation>Ignorado: nada que o MISP aceite</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="131"/>
        <source>%1 (default)</source>
        <extracomment>A TLP tag that was not in the pulse but came from the default in Settings</extracomment>
        <translation>%1 (padrão)</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="148"/>
        <source>Event uuid %1</source>
        <translation>UUID do evento %1</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="205"/>
        <source>Pulse</source>
        <translation>Pulse</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="207"/>
        <source>Export state</source>
        <translation>Estado da exportação</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="210"/>
        <source>Event</source>
        <extracomment>The MISP event id</extracomment>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="213"/>
        <source>Sent</source>
        <extracomment>Attributes sent to MISP</extracomment>
        <translation>Enviados</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="216"/>
        <source>In event</source>
        <extracomment>Attributes the MISP event holds after the export</extracomment>
        <translation>No evento</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="219"/>
        <source>Refused</source>
        <extracomment>Attributes MISP refused or dropped</extracomment>
        <translation>Recusados</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="222"/>
        <source>Not sent</source>
        <extracomment>Indicators not sent because MISP has no type for them</extracomment>
        <translation>Não enviados</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="224"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="228"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="230"/>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <location filename="../models/MispExportModel.cpp" line="232"/>
        <source>OTX id</source>
        <translation>ID no OTX</translation>
    </message>
</context>
<context>
    <name>MispExportPanel</name>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="79"/>
        <source>Check ser&amp;ver</source>
        <translation>&amp;Verificar servidor</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="81"/>
        <source>Checks the address and the key, and shows MISP&apos;s version.</source>
        <translation>Verifica o endereço e a chave e mostra a versão do MISP.</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="82"/>
        <source>MISP settings…</source>
        <translation>Configurações do MISP…</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="100"/>
        <source>All pulses</source>
        <translation>Todos os pulses</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="101"/>
        <source>Waiting for export</source>
        <translation>Aguardando exportação</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="102"/>
        <source>With problems</source>
        <translation>Com problemas</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="103"/>
        <source>Exported</source>
        <translation>Exportados</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="104"/>
        <source>&amp;Export selected</source>
        <translation>&amp;Exportar selecionados</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="106"/>
        <source>Export the selected pulses (Ctrl+E). An unchanged pulse sends nothing.</source>
        <translation>Exportar os pulses selecionados (Ctrl+E). Um pulse inalterado não envia nada.</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="108"/>
        <source>Export &amp;all waiting</source>
        <translation>Exportar &amp;todos os pendentes</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="110"/>
        <source>Export every pulse never exported, changed since, or whose last export failed (Ctrl+Shift+E).</source>
        <translation>Exportar todos os pulses nunca exportados, alterados desde então ou cuja última exportação falhou (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="112"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="114"/>
        <source>Publish the selected pulses&apos; events in MISP (without e-mail alerts). Empty events are never published.</source>
        <translation>Publicar no MISP os eventos dos pulses selecionados (sem alertas por e-mail). Eventos vazios nunca são publicados.</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="116"/>
        <source>&amp;Open in MISP</source>
        <translation>&amp;Abrir no MISP</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="118"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="217"/>
        <source>Could not read the export state: %1</source>
        <translation>Não foi possível ler o estado da exportação: %1</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="255"/>
        <source>No MISP server is set. Enter its address and key in Settings to export pulses.</source>
        <translation>Nenhum servidor MISP está definido. Informe o endereço e a chave dele em Configurações para exportar pulses.</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="260"/>
        <source>version not checked yet</source>
        <translation>versão ainda não verificada</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="261"/>
        <source>MISP %1</source>
        <translation>MISP %1</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="262"/>
        <source>MISP server: %1 (%2)</source>
        <translation>Servidor MISP: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="266"/>
        <source>TLS verification is OFF for this server (Settings): the connection could be intercepted.</source>
        <translation>A verificação TLS está DESATIVADA para este servidor (Configurações): a conexão pode ser interceptada.</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="282"/>
        <source>%1 pulses: %2 exported, %3 waiting, %4 failed, %5 blocked by MISP, %6 with nothing to export; %7 published.</source>
        <translation>%1 pulses: %2 exportados, %3 aguardando, %4 com falha, %5 bloqueados pelo MISP, %6 sem nada a exportar; %7 publicados.</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="330"/>
        <source>Select a pulse to see its MISP event and what MISP refused.</source>
        <translation>Selecione um pulse para ver o evento dele no MISP e o que o MISP recusou.</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="339"/>
        <source>Event &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Evento &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="347"/>
        <source>%1 sent, %2 in the event, %3 refused, %4 not sent</source>
        <translation>%1 enviados, %2 no evento, %3 recusados, %4 não enviados</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MispExportPanel.cpp" line="380"/>
        <source>Export %n pulse(s) to MISP</source>
        <translation>
            <numerusform>Exportar %n pulse para o MISP</numerusform>
            <numerusform>Exportar %n pulses para o MISP</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="387"/>
        <source>Export waiting pulses to MISP</source>
        <translation>Exportar pulses pendentes para o MISP</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MispExportPanel.cpp" line="398"/>
        <source>Scheduled export of up to %n waiting pulse(s)</source>
        <translation>
            <numerusform>Exportação agendada de até %n pulse pendente</numerusform>
            <numerusform>Exportação agendada de até %n pulses pendentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MispExportPanel.cpp" line="411"/>
        <source>Publish %n MISP event(s)</source>
        <translation>
            <numerusform>Publicar %n evento do MISP</numerusform>
            <numerusform>Publicar %n eventos do MISP</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="418"/>
        <source>Cancelling after the current batch…</source>
        <translation>Cancelando após o lote atual…</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="428"/>
        <source>Check the MISP server</source>
        <translation>Verificar o servidor MISP</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="438"/>
        <source>Reading the MISP key…</source>
        <translation>Lendo a chave do MISP…</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="445"/>
        <source>Export cancelled before it started.</source>
        <translation>Exportação cancelada antes de começar.</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="454"/>
        <source>No MISP key is saved. Enter it in Settings (MISP, API key).</source>
        <translation>Nenhuma chave do MISP está salva. Informe-a em Configurações (MISP, Chave de API).</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="456"/>
        <source>The MISP key could not be read: %1</source>
        <translation>Não foi possível ler a chave do MISP: %1</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="523"/>
        <source>MISP %1 answers, and the key works.</source>
        <translation>O MISP %1 responde, e a chave funciona.</translation>
    </message>
    <message>
        <location filename="../ui/MispExportPanel.cpp" line="535"/>
        <source>MISP export cancelled after %1 s. What MISP accepted is recorded; the pulses left wait for the next export.</source>
        <translation>Exportação para o MISP cancelada após %1 s. O que o MISP aceitou está registrado; os pulses restantes aguardam a próxima exportação.</translation>
    </message>
</context>
<context>
    <name>MispExportService</name>
    <message>
        <location filename="../services/MispExportService.cpp" line="642"/>
        <source>Connecting to MISP</source>
        <translation>Conectando ao MISP</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="665"/>
        <source>MISP did not list its attribute types; types are not checked before sending.</source>
        <translation>O MISP não listou os tipos de atributo dele; os tipos não são verificados antes do envio.</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="691"/>
        <source>Pulse %1 of %2: %3</source>
        <translation>Pulse %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="698"/>
        <source>Pulse %1 of %2</source>
        <translation>Pulse %1 de %2</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="741"/>
        <source>MISP export failed: %1</source>
        <translation>A exportação para o MISP falhou: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../services/MispExportService.cpp" line="744"/>
        <source>MISP export %1: %n pulse(s); created %2, updated %3, unchanged %4, skipped %5, blocked %6, failed %7; %8 attributes in events.</source>
        <translation>
            <numerusform>Exportação para o MISP %1: %n pulse; %2 criados, %3 atualizados, %4 inalterados, %5 ignorados, %6 bloqueados, %7 com falha; %8 atributos nos eventos.</numerusform>
            <numerusform>Exportação para o MISP %1: %n pulses; %2 criados, %3 atualizados, %4 inalterados, %5 ignorados, %6 bloqueados, %7 com falha; %8 atributos nos eventos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="748"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="748"/>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="757"/>
        <source>Published %1.</source>
        <translation>%1 publicados.</translation>
    </message>
</context>
<context>
    <name>MispGalaxy</name>
    <message>
        <location filename="../services/MispMapping.cpp" line="190"/>
        <source>Could not read the ATT&amp;CK galaxy file %1.</source>
        <translation>Não foi possível ler o arquivo de galáxia do ATT&amp;CK %1.</translation>
    </message>
    <message>
        <location filename="../services/MispMapping.cpp" line="214"/>
        <source>Could not read the threat-actor galaxy file %1.</source>
        <translation>Não foi possível ler o arquivo de galáxia de agentes de ameaça %1.</translation>
    </message>
    <message>
        <location filename="../services/MispMapping.cpp" line="231"/>
        <source>The folder %1 holds no misp-galaxy data. Choose the folder with mitre-attack-pattern.json and threat-actor.json (misp-galaxy&apos;s clusters folder).</source>
        <translation>A pasta %1 não contém dados do misp-galaxy. Escolha a pasta com mitre-attack-pattern.json e threat-actor.json (a pasta clusters do misp-galaxy).</translation>
    </message>
</context>
<context>
    <name>MispMapping</name>
    <message>
        <location filename="../services/MispMapping.cpp" line="406"/>
        <source>OTX pulse %1</source>
        <translation>Pulse do OTX %1</translation>
    </message>
    <message>
        <location filename="../services/MispMapping.cpp" line="434"/>
        <source>&quot;%1&quot; is not an ATT&amp;CK id; no tag for it.</source>
        <translation>&quot;%1&quot; não é um ID do ATT&amp;CK; nenhuma tag para ele.</translation>
    </message>
    <message>
        <location filename="../services/MispMapping.cpp" line="441"/>
        <source>ATT&amp;CK id %1 is not in the galaxy data; no tag for it.</source>
        <translation>O ID do ATT&amp;CK %1 não está nos dados da galáxia; nenhuma tag para ele.</translation>
    </message>
    <message>
        <location filename="../services/MispMapping.cpp" line="483"/>
        <source>MISP has no attribute type for osquery queries.</source>
        <translation>O MISP não tem tipo de atributo para consultas do osquery.</translation>
    </message>
    <message>
        <location filename="../services/MispMapping.cpp" line="485"/>
        <source>otxdesk does not know the OTX type &quot;%1&quot;.</source>
        <translation>O otxdesk não conhece o tipo do OTX &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../services/MispMapping.cpp" line="493"/>
        <source>This MISP server does not know the type %1 in the category %2.</source>
        <translation>Este servidor MISP não conhece o tipo %1 na categoria %2.</translation>
    </message>
    <message>
        <location filename="../services/MispMapping.cpp" line="501"/>
        <source>The YARA indicator has no rule text.</source>
        <translation>O indicador YARA não tem o texto da regra.</translation>
    </message>
    <message>
        <location filename="../services/MispMapping.cpp" line="510"/>
        <source>The value is empty.</source>
        <translation>O valor está vazio.</translation>
    </message>
</context>
<context>
    <name>MispProblemModel</name>
    <message>
        <location filename="../models/MispProblemModel.cpp" line="40"/>
        <source>Refused by MISP</source>
        <translation>Recusado pelo MISP</translation>
    </message>
    <message>
        <location filename="../models/MispProblemModel.cpp" line="43"/>
        <source>Dropped by MISP</source>
        <translation>Descartado pelo MISP</translation>
    </message>
    <message>
        <location filename="../models/MispProblemModel.cpp" line="46"/>
        <source>Not sent</source>
        <translation>Não enviado</translation>
    </message>
    <message>
        <location filename="../models/MispProblemModel.cpp" line="83"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location filename="../models/MispProblemModel.cpp" line="85"/>
        <source>OTX type</source>
        <translation>Tipo OTX</translation>
    </message>
    <message>
        <location filename="../models/MispProblemModel.cpp" line="87"/>
        <source>MISP type</source>
        <translation>Tipo MISP</translation>
    </message>
    <message>
        <location filename="../models/MispProblemModel.cpp" line="89"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../models/MispProblemModel.cpp" line="91"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>MispSettingsBox</name>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="56"/>
        <source>MISP</source>
        <translation>MISP</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="68"/>
        <source>Ser&amp;ver URL:</source>
        <translation>URL do ser&amp;vidor:</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="72"/>
        <source>Paste a key to save or replace it</source>
        <translation>Cole uma chave para salvá-la ou substituí-la</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="73"/>
        <source>A MISP auth key (in MISP: your profile, Auth keys). It is kept in the OS keychain, never in a file.</source>
        <translation>Uma chave de autenticação do MISP (no MISP: seu perfil, Auth keys). Ela fica guardada no chaveiro do sistema, nunca em um arquivo.</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="75"/>
        <source>API ke&amp;y:</source>
        <translation>C&amp;have de API:</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="80"/>
        <source>Verify the server&apos;s TLS &amp;certificate</source>
        <translation>Verificar o &amp;certificado TLS do servidor</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="82"/>
        <source>Turn off only for a server with a self-signed certificate on a network you trust. The choice is kept for this server only.</source>
        <translation>Desative apenas para um servidor com certificado autoassinado em uma rede confiável. A escolha vale somente para este servidor.</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="90"/>
        <source>Test MISP co&amp;nnection</source>
        <translation>Testar co&amp;nexão com o MISP</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="103"/>
        <source>Your organisation only</source>
        <translation>Somente sua organização</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="104"/>
        <source>This community only</source>
        <translation>Somente esta comunidade</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="105"/>
        <source>Connected communities</source>
        <translation>Comunidades conectadas</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="106"/>
        <source>All communities</source>
        <translation>Todas as comunidades</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="107"/>
        <source>&amp;Distribution:</source>
        <translation>&amp;Distribuição:</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="110"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="111"/>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="112"/>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="113"/>
        <source>Undefined</source>
        <translation>Indefinida</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="114"/>
        <source>T&amp;hreat level:</source>
        <translation>Nível de a&amp;meaça:</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="117"/>
        <source>Initial</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="118"/>
        <source>Ongoing</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="119"/>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="120"/>
        <source>A&amp;nalysis:</source>
        <translation>Aná&amp;lise:</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="123"/>
        <source>tlp:clear (TLP 2.0)</source>
        <translation>tlp:clear (TLP 2.0)</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="124"/>
        <source>tlp:white (TLP 1.0)</source>
        <translation>tlp:white (TLP 1.0)</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="125"/>
        <source>OTX &quot;white&quot; becomes:</source>
        <translation>&quot;white&quot; do OTX se torna:</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="136"/>
        <source>The TLP tag for pulses that have none; the Export panel marks it as a default.</source>
        <translation>A tag TLP para pulses que não têm nenhuma; o painel de exportação a marca como padrão.</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="138"/>
        <source>TLP when a pulse has &amp;none:</source>
        <translation>TLP quando um pulse não tem &amp;nenhum:</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="139"/>
        <source>Send the pulse&apos;s own &amp;tags as MISP tags</source>
        <translation>Enviar as &amp;tags do próprio pulse como tags do MISP</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="144"/>
        <source>A tag on every exported event saying where it came from; leave empty for none.</source>
        <translation>Uma tag em cada evento exportado indicando a origem dele; deixe vazio para nenhuma.</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="146"/>
        <source>So&amp;urce tag:</source>
        <translation>Tag de &amp;origem:</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="150"/>
        <source>Attributes per request to MISP. Large pulses go in several requests of this size.</source>
        <translation>Atributos por requisição ao MISP. Pulses grandes são enviados em várias requisições deste tamanho.</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="152"/>
        <source>Attributes per re&amp;quest:</source>
        <translation>Atributos por re&amp;quisição:</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="156"/>
        <source>misp-galaxy&apos;s clusters folder</source>
        <translation>Pasta clusters do misp-galaxy</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="157"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="161"/>
        <source>&amp;Galaxy data:</source>
        <translation>Dados da &amp;galáxia:</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="174"/>
        <source>misp-galaxy data folder</source>
        <translation>Pasta de dados do misp-galaxy</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="218"/>
        <source>The MISP server URL must be a web address such as https://misp.example.org.</source>
        <translation>A URL do servidor MISP deve ser um endereço web como https://misp.example.org.</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="262"/>
        <source>Enter the MISP server&apos;s address first, such as https://misp.example.org.</source>
        <translation>Informe primeiro o endereço do servidor MISP, como https://misp.example.org.</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="273"/>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="282"/>
        <source>Details: %1</source>
        <translation>Detalhes: %1</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="289"/>
        <source>add events</source>
        <translation>adicionar eventos</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="291"/>
        <source>tag</source>
        <translation>marcar com tags</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="294"/>
        <source>publish</source>
        <translation>publicar</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="296"/>
        <source>Connected to MISP %1 (organisation %2). The key may %3.</source>
        <translation>Conectado ao MISP %1 (organização %2). A chave pode %3.</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="299"/>
        <source>Without the tagger permission, events get no TLP or ATT&amp;CK tags.</source>
        <translation>Sem a permissão de tagger, os eventos não recebem tags TLP nem do ATT&amp;CK.</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="302"/>
        <source>Tags that do not exist in MISP yet are dropped by MISP: the key&apos;s role may not create tags.</source>
        <translation>Tags que ainda não existem no MISP são descartadas pelo MISP: o papel da chave não permite criar tags.</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="315"/>
        <source>No MISP key is saved. Paste the key above, then test again.</source>
        <translation>Nenhuma chave do MISP está salva. Cole a chave acima e teste novamente.</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="335"/>
        <source>A MISP key is kept for this session only.</source>
        <translation>Uma chave do MISP está guardada somente para esta sessão.</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="338"/>
        <source>A MISP key is saved in %1.</source>
        <translation>Uma chave do MISP está salva em: %1.</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="343"/>
        <source>No MISP key saved yet.</source>
        <translation>Nenhuma chave do MISP salva ainda.</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="371"/>
        <source>TLS verification is OFF for this server: anyone on the network path could pose as it, read the API key and change what is sent.</source>
        <translation>A verificação TLS está DESATIVADA para este servidor: qualquer um no caminho da rede poderia se passar por ele, ler a chave de API e alterar o que é enviado.</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="383"/>
        <source>No galaxy data: ATT&amp;CK ids get no tags and adversaries plain tags. Choose misp-galaxy&apos;s clusters folder (with mitre-attack-pattern.json).</source>
        <translation>Sem dados da galáxia: IDs do ATT&amp;CK não recebem tags, e adversários recebem tags simples. Escolha a pasta clusters do misp-galaxy (com mitre-attack-pattern.json).</translation>
    </message>
    <message>
        <location filename="../ui/MispSettingsBox.cpp" line="394"/>
        <source>%1 ATT&amp;CK patterns and %2 threat-actor names loaded.</source>
        <translation>%1 padrões do ATT&amp;CK e %2 nomes de agentes de ameaça carregados.</translation>
    </message>
</context>
<context>
    <name>MispTypeTable</name>
    <message>
        <location filename="../services/MispMapping.cpp" line="130"/>
        <source>MISP&apos;s list of attribute types is empty or unreadable.</source>
        <translation>A lista de tipos de atributo do MISP está vazia ou ilegível.</translation>
    </message>
</context>
<context>
    <name>OtxClient</name>
    <message>
        <location filename="../services/OtxClient.cpp" line="102"/>
        <source>OTX sent a page link that is not a URL.</source>
        <translation>O OTX enviou um link de página que não é uma URL.</translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="129"/>
        <location filename="../services/OtxClient.cpp" line="151"/>
        <location filename="../services/OtxClient.cpp" line="181"/>
        <location filename="../services/OtxClient.cpp" line="264"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="189"/>
        <source>OTX did not answer within %1 seconds. Try again later.</source>
        <translation>O OTX não respondeu em %1 segundos. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="196"/>
        <source>The secure connection to OTX failed: its certificate could not be verified.</source>
        <translation>A conexão segura com o OTX falhou: o certificado dele não pôde ser verificado.</translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="198"/>
        <source>Could not reach OTX at %1, or the connection dropped. Check the network and the OTX address in Settings.</source>
        <translation>Não foi possível acessar o OTX em %1, ou a conexão caiu. Verifique a rede e o endereço do OTX em Configurações.</translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="210"/>
        <source>OTX sent a reply that is not valid JSON (it may have been cut off). Try again later.</source>
        <translation>O OTX enviou uma resposta que não é um JSON válido (ela pode ter sido cortada). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="221"/>
        <source>OTX refused the API key. Check the key in Settings (it is on your OTX account page).</source>
        <translation>O OTX recusou a chave de API. Verifique a chave em Configurações (ela está na página da sua conta no OTX).</translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="226"/>
        <source>OTX has no such item (HTTP 404). Check the pulse id or the OTX address in Settings.</source>
        <translation>O OTX não tem esse item (HTTP 404). Verifique o ID do pulse ou o endereço do OTX em Configurações.</translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="231"/>
        <source>OTX is limiting requests for this key (HTTP 429). Wait a while and sync again.</source>
        <translation>O OTX está limitando as requisições desta chave (HTTP 429). Aguarde um pouco e sincronize novamente.</translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="239"/>
        <source>OTX had a server error (HTTP %1). Try again later.</source>
        <translation>O OTX teve um erro de servidor (HTTP %1). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../services/OtxClient.cpp" line="245"/>
        <source>OTX answered with an unexpected HTTP status %1.</source>
        <translation>O OTX respondeu com um status HTTP inesperado: %1.</translation>
    </message>
</context>
<context>
    <name>OtxParser</name>
    <message>
        <location filename="../services/OtxParser.cpp" line="147"/>
        <source>OTX sent a pulse without an id.</source>
        <translation>O OTX enviou um pulse sem ID.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="111"/>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="121"/>
        <location filename="../ui/OverviewPanel.cpp" line="351"/>
        <source>Pulses</source>
        <translation>Pulses</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="122"/>
        <location filename="../ui/OverviewPanel.cpp" line="377"/>
        <location filename="../ui/OverviewPanel.cpp" line="392"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="123"/>
        <source>Exported to MISP</source>
        <translation>Exportados para o MISP</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="124"/>
        <source>Waiting for export</source>
        <translation>Aguardando exportação</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="125"/>
        <location filename="../ui/OverviewPanel.cpp" line="467"/>
        <source>Enriched</source>
        <translation>Enriquecidos</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="126"/>
        <source>Keys with budget left</source>
        <translation>Chaves com cota restante</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="127"/>
        <source>Next scheduled run</source>
        <translation>Próxima execução agendada</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="149"/>
        <source>OTX keys OTX has not refused whose daily budget is not spent. A key whose secret is missing on this desktop still counts: another desktop may hold it.</source>
        <translation>Chaves do OTX não recusadas pelo OTX cuja cota diária não se esgotou. Uma chave cujo segredo falta nesta estação também conta: outra estação pode tê-la.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="201"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="202"/>
        <source>No scheduled job is on.</source>
        <translation>Nenhuma tarefa agendada está ativada.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="232"/>
        <source>The overview could not be read: %1</source>
        <translation>Não foi possível ler a visão geral: %1</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="302"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/OverviewPanel.cpp" line="320"/>
        <source>Pulses synced per day (last %n day(s))</source>
        <translation>
            <numerusform>Pulses sincronizados por dia (último %n dia)</numerusform>
            <numerusform>Pulses sincronizados por dia (últimos %n dias)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="321"/>
        <source>New</source>
        <translation>Novos</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="322"/>
        <source>Updated</source>
        <translation>Atualizados</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="363"/>
        <source>Indicators by type</source>
        <translation>Indicadores por tipo</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="381"/>
        <location filename="../ui/OverviewPanel.cpp" line="414"/>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/OverviewPanel.cpp" line="400"/>
        <source>Sync runs by outcome and duration (latest %n)</source>
        <translation>
            <numerusform>Execuções de sincronização por resultado e duração (%n mais recente)</numerusform>
            <numerusform>Execuções de sincronização por resultado e duração (%n mais recentes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="433"/>
        <source>Duration (s)</source>
        <translation>Duração (s)</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="454"/>
        <source>MISP export</source>
        <translation>Exportação para o MISP</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="455"/>
        <source>Exported</source>
        <translation>Exportados</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="456"/>
        <location filename="../ui/OverviewPanel.cpp" line="469"/>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="457"/>
        <location filename="../ui/OverviewPanel.cpp" line="470"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="458"/>
        <source>Blocked</source>
        <translation>Bloqueados</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="459"/>
        <source>Nothing to export</source>
        <translation>Sem nada a exportar</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="466"/>
        <source>Enrichment</source>
        <translation>Enriquecimento</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="468"/>
        <source>Stale</source>
        <translation>Desatualizados</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="471"/>
        <source>Type not enrichable</source>
        <translation>Tipo não enriquecível</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="483"/>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="488"/>
        <source>%1 (nothing yet)</source>
        <translation>%1 (nada ainda)</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="500"/>
        <source>OTX key usage today</source>
        <translation>Uso das chaves do OTX hoje</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="501"/>
        <source>Used</source>
        <translation>Usadas</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="502"/>
        <source>Left</source>
        <translation>Restantes</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPanel.cpp" line="513"/>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
</context>
<context>
    <name>PulseBrowser</name>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="63"/>
        <source>Search names, descriptions and tags; indicators by exact value or its start (4+ characters, no substring search)</source>
        <translation>Pesquisar nomes, descrições e tags; indicadores pelo valor exato ou pelo início (4+ caracteres, sem pesquisa por substring)</translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="65"/>
        <source>Free text matches pulse names, descriptions and tags anywhere, and a pulse id exactly. Indicator values match exactly or by their beginning, such as &quot;198.51.100.&quot; or &quot;evil.example&quot;: searching inside millions of indicator values would take too long.</source>
        <translation>Texto livre encontra nomes, descrições e tags de pulses em qualquer posição, e um ID de pulse de forma exata. Valores de indicadores são encontrados de forma exata ou pelo início, como &quot;198.51.100.&quot; ou &quot;evil.example&quot;: pesquisar dentro de milhões de valores de indicadores demoraria demais.</translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="71"/>
        <source>Any TLP</source>
        <translation>Qualquer TLP</translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="73"/>
        <source>TLP:WHITE</source>
        <extracomment>Traffic Light Protocol labels</extracomment>
        <translation>TLP:WHITE</translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="74"/>
        <source>TLP:GREEN</source>
        <translation>TLP:GREEN</translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="75"/>
        <source>TLP:AMBER</source>
        <translation>TLP:AMBER</translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="76"/>
        <source>TLP:RED</source>
        <translation>TLP:RED</translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="77"/>
        <source>Adversary</source>
        <translation>Adversário</translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="78"/>
        <source>Malware family</source>
        <translation>Família de malware</translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="79"/>
        <source>ATT&amp;CK id, e.g. T1566</source>
        <translation>ID do ATT&amp;CK, p. ex. T1566</translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="80"/>
        <source>Tag (whole tag)</source>
        <translation>Tag (tag inteira)</translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="81"/>
        <source>&amp;Modified from</source>
        <translation>&amp;Modificado de</translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="91"/>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="92"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Limpar filtros</translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="191"/>
        <source>Could not read the pulses: %1</source>
        <translation>Não foi possível ler os pulses: %1</translation>
    </message>
    <message>
        <location filename="../ui/PulseBrowser.cpp" line="292"/>
        <source>Could not read the pulse: %1</source>
        <translation>Não foi possível ler o pulse: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PulseBrowser.cpp" line="304"/>
        <source>%n pulse(s) match</source>
        <translation>
            <numerusform>%n pulse encontrado</numerusform>
            <numerusform>%n pulses encontrados</numerusform>
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
            <numerusform>%n pulse carregado</numerusform>
            <numerusform>%n pulses carregados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PulseDetailView</name>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="111"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="118"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="120"/>
        <source>Copy the selected indicator values, one per line (Ctrl+C)</source>
        <translation>Copiar os valores dos indicadores selecionados, um por linha (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="121"/>
        <source>Open in &amp;OTX</source>
        <translation>Abrir no &amp;OTX</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="123"/>
        <source>Open this pulse&apos;s page on the OTX server in your browser</source>
        <translation>Abrir a página deste pulse no servidor do OTX no seu navegador</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="127"/>
        <source>&amp;Enrich</source>
        <translation>&amp;Enriquecer</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="129"/>
        <source>Fetch OTX&apos;s data on this pulse&apos;s indicators (Enrichment panel)</source>
        <translation>Buscar os dados do OTX sobre os indicadores deste pulse (painel Enriquecimento)</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="152"/>
        <source>Copy values</source>
        <translation>Copiar valores</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="157"/>
        <source>Open pulse in OTX</source>
        <translation>Abrir pulse no OTX</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="206"/>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="209"/>
        <source>modified %1</source>
        <translation>modificado em %1</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="216"/>
        <source>TLP:%1</source>
        <extracomment>%1 is a Traffic Light Protocol colour such as GREEN</extracomment>
        <translation>TLP:%1</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="218"/>
        <source>revision %1</source>
        <translation>revisão %1</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="222"/>
        <source>No description.</source>
        <translation>Sem descrição.</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="228"/>
        <source>Adversary</source>
        <translation>Adversário</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="229"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="230"/>
        <source>Malware families</source>
        <translation>Famílias de malware</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="231"/>
        <source>ATT&amp;CK</source>
        <translation>ATT&amp;CK</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="232"/>
        <source>Targeted countries</source>
        <translation>Países-alvo</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="233"/>
        <source>Industries</source>
        <translation>Setores</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="238"/>
        <source>References</source>
        <translation>Referências</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="253"/>
        <source>Select a pulse to see its details and indicators.</source>
        <translation>Selecione um pulse para ver os detalhes e indicadores dele.</translation>
    </message>
    <message>
        <location filename="../ui/PulseDetailView.cpp" line="316"/>
        <source>All types (%1)</source>
        <translation>Todos os tipos (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PulseDetailView.cpp" line="323"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicador</numerusform>
            <numerusform>%n indicadores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PulseExport</name>
    <message>
        <location filename="../services/MispExportService.cpp" line="114"/>
        <source>Cancelled before the export finished.</source>
        <translation>Cancelado antes de a exportação terminar.</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="138"/>
        <source>MISP has no event %1 (it may have been deleted).</source>
        <translation>O MISP não tem o evento %1 (ele pode ter sido excluído).</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="143"/>
        <source>MISP would not show event %1.</source>
        <translation>O MISP não quis mostrar o evento %1.</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="149"/>
        <source>MISP answered without the event.</source>
        <translation>O MISP respondeu sem o evento.</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="181"/>
        <source>MISP would not remove the old TLP tag %1 from event %2.</source>
        <translation>O MISP não quis remover a tag TLP antiga %1 do evento %2.</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="201"/>
        <source>MISP would not update event %1.</source>
        <translation>O MISP não quis atualizar o evento %1.</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="214"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="223"/>
        <source>%1: attributes %2–%3 of %4</source>
        <translation>%1: atributos %2–%3 de %4</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="236"/>
        <source>MISP no longer has event %1 (it was deleted while exporting).</source>
        <translation>O MISP não tem mais o evento %1 (ele foi excluído durante a exportação).</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="243"/>
        <source>MISP refused the attributes for event %1.</source>
        <translation>O MISP recusou os atributos do evento %1.</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="317"/>
        <source>No indicator of this pulse can become a MISP attribute.</source>
        <translation>Nenhum indicador deste pulse pode se tornar um atributo do MISP.</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="361"/>
        <source>%1: creating the event</source>
        <translation>%1: criando o evento</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="374"/>
        <source>MISP created the event but did not say its id.</source>
        <translation>O MISP criou o evento, mas não informou o ID dele.</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="396"/>
        <source>MISP blocks this pulse&apos;s event: it was deleted in MISP, which puts its uuid %1 on the event blocklist. Ask a MISP admin to remove it from the blocklist (Administration, Event blocklist) to export it again.</source>
        <translation>O MISP bloqueia o evento deste pulse: ele foi excluído no MISP, o que coloca o UUID %1 dele na lista de bloqueio de eventos. Peça a um administrador do MISP que o remova da lista de bloqueio (Administration, Event blocklist) para exportá-lo novamente.</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="413"/>
        <source>MISP refused to create the event for this pulse.</source>
        <translation>O MISP recusou-se a criar o evento para este pulse.</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="420"/>
        <source>MISP says the event exists but does not show it.</source>
        <translation>O MISP diz que o evento existe, mas não o mostra.</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="439"/>
        <source>%1: checking the event</source>
        <translation>%1: verificando o evento</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="459"/>
        <source>MISP did not keep this attribute and gave no reason (MISP&apos;s audit log may say why).</source>
        <translation>O MISP não manteve este atributo e não deu motivo (o log de auditoria do MISP pode dizer o porquê).</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="514"/>
        <source>Export the pulse before publishing its event.</source>
        <translation>Exporte o pulse antes de publicar o evento dele.</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="522"/>
        <source>The event has no attributes; MISP does not publish empty events.</source>
        <translation>O evento não tem atributos; o MISP não publica eventos vazios.</translation>
    </message>
    <message>
        <location filename="../services/MispExportService.cpp" line="535"/>
        <source>MISP would not publish event %1.</source>
        <translation>O MISP não quis publicar o evento %1.</translation>
    </message>
</context>
<context>
    <name>PulseIndicatorModel</name>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="94"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="94"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="115"/>
        <location filename="../models/PulseIndicatorModel.cpp" line="118"/>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="125"/>
        <source>Enriched %1</source>
        <translation>Enriquecido em %1</translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="126"/>
        <source>Not enriched yet</source>
        <translation>Ainda não enriquecido</translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="151"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="153"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="155"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="157"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="160"/>
        <source>Role</source>
        <extracomment>What the indicator does in the attack, as OTX labels it (e.g. &quot;command_and_control&quot;)</extracomment>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="162"/>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="164"/>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="166"/>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="169"/>
        <source>OTX pulses</source>
        <extracomment>Enrichment: how many OTX pulses carry the indicator</extracomment>
        <translation>Pulses do OTX</translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="171"/>
        <source>Reputation</source>
        <translation>Reputação</translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="173"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../models/PulseIndicatorModel.cpp" line="175"/>
        <source>Malware families</source>
        <translation>Famílias de malware</translation>
    </message>
</context>
<context>
    <name>PulseStore</name>
    <message>
        <location filename="../models/PulseStore.cpp" line="657"/>
        <source>otxdesk stopped before this sync finished; the pages it committed are kept, and the next sync finishes the work.</source>
        <translation>O otxdesk parou antes de esta sincronização terminar; as páginas que ela gravou são mantidas, e a próxima sincronização conclui o trabalho.</translation>
    </message>
    <message>
        <location filename="../models/PulseStore.cpp" line="926"/>
        <source>Pulse %1 is not in the local store. Sync it first (Fetch pulse by id).</source>
        <translation>O pulse %1 não está na base local. Sincronize-o primeiro (Buscar pulse por ID).</translation>
    </message>
</context>
<context>
    <name>PulseSyncService</name>
    <message>
        <location filename="../services/PulseSyncService.cpp" line="142"/>
        <source>Cancelled; the pages already stored are kept.</source>
        <translation>Cancelado; as páginas já armazenadas são mantidas.</translation>
    </message>
    <message>
        <location filename="../services/PulseSyncService.cpp" line="227"/>
        <source>OTX sent a page without a list of pulses.</source>
        <translation>O OTX enviou uma página sem uma lista de pulses.</translation>
    </message>
    <message numerus="yes">
        <location filename="../services/PulseSyncService.cpp" line="344"/>
        <source>Page %1: %n pulse(s) stored so far</source>
        <translation>
            <numerusform>Página %1: %n pulse armazenado até agora</numerusform>
            <numerusform>Página %1: %n pulses armazenados até agora</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/PulseSyncService.cpp" line="411"/>
        <source>Enter the id of the pulse to fetch.</source>
        <translation>Informe o ID do pulse a buscar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../services/PulseSyncService.cpp" line="518"/>
        <source>%n pulse(s) fetched (%1 new, %2 updated, %3 unchanged), %4 new indicators, %5 linked, %6 unlinked</source>
        <translation>
            <numerusform>%n pulse buscado (%1 novos, %2 atualizados, %3 inalterados), %4 novos indicadores, %5 vinculados, %6 desvinculados</numerusform>
            <numerusform>%n pulses buscados (%1 novos, %2 atualizados, %3 inalterados), %4 novos indicadores, %5 vinculados, %6 desvinculados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/PulseSyncService.cpp" line="530"/>
        <source>Sync completed in %1 s: %2.</source>
        <translation>Sincronização concluída em %1 s: %2.</translation>
    </message>
    <message>
        <location filename="../services/PulseSyncService.cpp" line="533"/>
        <source>Sync cancelled after %1 s: %2. The stored pages are kept.</source>
        <translation>Sincronização cancelada após %1 s: %2. As páginas armazenadas são mantidas.</translation>
    </message>
    <message>
        <location filename="../services/PulseSyncService.cpp" line="535"/>
        <source>Sync failed: %1 Stored before the failure: %2.</source>
        <translation>A sincronização falhou: %1 Armazenado antes da falha: %2.</translation>
    </message>
</context>
<context>
    <name>PulseTableModel</name>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="112"/>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="152"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="154"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="156"/>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="159"/>
        <source>TLP</source>
        <extracomment>Traffic Light Protocol, the sharing label of a pulse</extracomment>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="161"/>
        <source>Adversary</source>
        <translation>Adversário</translation>
    </message>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="163"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="165"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../models/PulseTableModel.cpp" line="213"/>
        <source>The pulse is no longer in the database.</source>
        <translation>O pulse não está mais no banco de dados.</translation>
    </message>
</context>
<context>
    <name>RingKeySource</name>
    <message>
        <location filename="../services/RingKeySource.cpp" line="41"/>
        <source>No keychain to read the OTX keys from.</source>
        <translation>Não há chaveiro de onde ler as chaves do OTX.</translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="20"/>
        <source>Schedule (while otxdesk is open)</source>
        <translation>Agendamento (enquanto o otxdesk estiver aberto)</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="26"/>
        <source>Job</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="27"/>
        <source>Times</source>
        <translation>Horários</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="29"/>
        <source>Next run</source>
        <translation>Próxima execução</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="30"/>
        <source>Last run</source>
        <translation>Última execução</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="28"/>
        <source>How many</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="47"/>
        <source>Times of day, such as 09:00, 21:00.</source>
        <translation>Horários do dia, como 09:00, 21:00.</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="50"/>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="53"/>
        <source>Run now</source>
        <translation>Executar agora</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="90"/>
        <source> indicators</source>
        <translation> indicadores</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="90"/>
        <source> pulses</source>
        <translation> pulses</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="91"/>
        <source>Waiting indicators each scheduled enrichment takes, the highest priority first.</source>
        <translation>Indicadores pendentes que cada enriquecimento agendado processa, os de maior prioridade primeiro.</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="93"/>
        <source>Waiting pulses each scheduled export takes, at most.</source>
        <translation>Número máximo de pulses pendentes que cada exportação agendada processa.</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="107"/>
        <source>Sync subscribed pulses</source>
        <translation>Sincronizar pulses assinados</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="110"/>
        <source>Enrich waiting indicators</source>
        <translation>Enriquecer indicadores pendentes</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="113"/>
        <source>Export waiting pulses to MISP</source>
        <translation>Exportar pulses pendentes para o MISP</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="116"/>
        <source>Reset the keys&apos; daily usage</source>
        <translation>Zerar o uso diário das chaves</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="137"/>
        <source>Give times such as 09:00, 21:00.</source>
        <translation>Informe horários como 09:00, 21:00.</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="150"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="172"/>
        <source>off</source>
        <translation>desativada</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleBox.cpp" line="175"/>
        <source>Times are in %1.</source>
        <translation>Horários no fuso %1.</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <location filename="../services/Scheduler.cpp" line="87"/>
        <source>It is running already.</source>
        <translation>Já está em execução.</translation>
    </message>
    <message>
        <location filename="../services/Scheduler.cpp" line="91"/>
        <location filename="../services/Scheduler.cpp" line="134"/>
        <source>It could not start.</source>
        <translation>Não foi possível iniciar.</translation>
    </message>
    <message>
        <location filename="../services/Scheduler.cpp" line="130"/>
        <source>The previous run was still going.</source>
        <translation>A execução anterior ainda estava em andamento.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="156"/>
        <source>Connected to %1. The database is empty; otxdesk creates its tables when it starts with it.</source>
        <translation>Conectado a %1. O banco de dados está vazio; o otxdesk cria as tabelas quando for iniciado com ele.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="161"/>
        <source>Connected to %1, but a newer otxdesk wrote it (schema %2; this version knows %3). Update otxdesk before using it.</source>
        <translation>Conectado a %1, mas um otxdesk mais novo o gravou (esquema %2; esta versão conhece até o %3). Atualize o otxdesk antes de usá-lo.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="168"/>
        <source>Connected to %1 (schema version %2).</source>
        <translation>Conectado a %1 (versão do esquema %2).</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="196"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="203"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="209"/>
        <source>&amp;Desktop name:</source>
        <translation>Nome da &amp;estação:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="214"/>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="219"/>
        <source>Schedule &amp;time zone:</source>
        <translation>&amp;Fuso horário do agendamento:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="226"/>
        <source>AlienVault OTX</source>
        <translation>AlienVault OTX</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="231"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL do servidor:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="235"/>
        <source>Paste a key to save or replace it</source>
        <translation>Cole uma chave para salvá-la ou substituí-la</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="236"/>
        <source>Your OTX API key (Settings → API Integration on the OTX site). It is kept in the OS keychain, never in a file.</source>
        <translation>Sua chave de API do OTX (Settings → API Integration no site do OTX). Ela fica guardada no chaveiro do sistema, nunca em um arquivo.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="238"/>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="243"/>
        <source>Several &amp;keys…</source>
        <translation>&amp;Várias chaves…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="245"/>
        <source>The key ring: several OTX keys with daily limits, used in turn when one is limited or refused. Its keys come before the key above.</source>
        <translation>O conjunto de chaves: várias chaves do OTX com limites diários, usadas em revezamento quando uma é limitada ou recusada. As chaves dele têm precedência sobre a chave acima.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="257"/>
        <source>Pulses per request. OTX answers large pages slowly or with time-outs; 20 is a safe choice.</source>
        <translation>Pulses por requisição. O OTX responde a páginas grandes devagar ou com tempo esgotado; 20 é uma escolha segura.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="259"/>
        <source>&amp;Pulses per page:</source>
        <translation>&amp;Pulses por página:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="264"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="265"/>
        <source>&amp;Everything</source>
        <translation>&amp;Tudo</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="270"/>
        <source>First sync reaches &amp;back:</source>
        <translation>Primeira sincronização &amp;busca até:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="277"/>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="279"/>
        <source>Built-in &amp;SQLite file (no set-up)</source>
        <translation>Arquivo &amp;SQLite embutido (sem configuração)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="284"/>
        <source>Bro&amp;wse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="289"/>
        <source>&amp;PostgreSQL server (local or shared with your team)</source>
        <translation>Servidor Postgre&amp;SQL (local ou compartilhado com sua equipe)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="305"/>
        <source>prefer — TLS when the server offers it</source>
        <translation>prefer — TLS quando o servidor oferece</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="306"/>
        <source>require — always TLS, certificate not checked</source>
        <translation>require — sempre TLS, certificado não verificado</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="307"/>
        <source>verify-ca — TLS, certificate from a trusted CA</source>
        <translation>verify-ca — TLS, certificado de uma CA confiável</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="308"/>
        <source>verify-full — TLS, trusted certificate for this host name</source>
        <translation>verify-full — TLS, certificado confiável para este nome de host</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="310"/>
        <source>allow — TLS only when the server insists</source>
        <translation>allow — TLS apenas quando o servidor exige</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="311"/>
        <source>disable — never TLS</source>
        <translation>disable — nunca TLS</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="315"/>
        <source>Kept in the OS keychain; type to replace</source>
        <translation>Guardada no chaveiro do sistema; digite para substituir</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="316"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="317"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="318"/>
        <source>&amp;Database:</source>
        <translation>Banco de &amp;dados:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="319"/>
        <source>Use&amp;r:</source>
        <translation>Usuá&amp;rio:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="320"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="321"/>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="325"/>
        <source>Test &amp;connection</source>
        <translation>Testar co&amp;nexão</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="327"/>
        <source>Use SQLite instead</source>
        <translation>Usar SQLite em vez disso</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="337"/>
        <source>Database changes apply when otxdesk restarts. This run uses %1.</source>
        <translation>Mudanças de banco de dados valem quando o otxdesk reinicia. Esta execução usa %1.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="355"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="358"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;verter</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="391"/>
        <source>SQLite chosen. Save, then restart otxdesk to use it.</source>
        <translation>SQLite escolhido. Salve e reinicie o otxdesk para usá-lo.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="464"/>
        <source>Not saved: the OTX server URL must be a web address such as https://otx.alienvault.com.</source>
        <translation>Não salvo: a URL do servidor OTX deve ser um endereço web como https://otx.alienvault.com.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="471"/>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="478"/>
        <source>Not saved: enter the Postgres host, database and user, or choose SQLite.</source>
        <translation>Não salvo: informe o host, o banco de dados e o usuário do Postgres, ou escolha SQLite.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="504"/>
        <source>Settings saved.</source>
        <translation>Configurações salvas.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="506"/>
        <source>The database change applies when otxdesk restarts.</source>
        <translation>A mudança de banco de dados vale quando o otxdesk reiniciar.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="49"/>
        <source>The OTX key is saved in %1.</source>
        <translation>A chave do OTX está salva em: %1.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="55"/>
        <source>The database password is saved in %1.</source>
        <translation>A senha do banco de dados está salva em: %1.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="62"/>
        <source>The OTX key was not saved: %1</source>
        <translation>A chave do OTX não foi salva: %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="68"/>
        <source>The database password was not saved: %1</source>
        <translation>A senha do banco de dados não foi salva: %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="559"/>
        <source>Keep the OTX key for this session only?</source>
        <translation>Manter a chave do OTX somente para esta sessão?</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="562"/>
        <source>Keep the database password for this session only?</source>
        <translation>Manter a senha do banco de dados somente para esta sessão?</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="564"/>
        <source>No keychain</source>
        <translation>Sem chaveiro</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="565"/>
        <source>%1

%2 Nothing is written to disk; otxdesk forgets it when it closes.</source>
        <translation>%1

%2 Nada é gravado em disco; o otxdesk descarta tudo ao fechar.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="568"/>
        <source>Use for this session only</source>
        <translation>Usar somente nesta sessão</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="569"/>
        <source>Do not keep</source>
        <translation>Não manter</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="75"/>
        <source>The OTX key is kept for this session only.</source>
        <translation>A chave do OTX está guardada somente para esta sessão.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="83"/>
        <source>The database password is kept for this session only.</source>
        <translation>A senha do banco de dados está guardada somente para esta sessão.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="76"/>
        <source>The OTX key was not kept: no keychain is available.</source>
        <translation>A chave do OTX não foi mantida: nenhum chaveiro está disponível.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="51"/>
        <source>The MISP key is saved in %1.</source>
        <translation>A chave do MISP está salva em: %1.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="64"/>
        <source>The MISP key was not saved: %1</source>
        <translation>A chave do MISP não foi salva: %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="78"/>
        <source>The MISP key is kept for this session only.</source>
        <translation>A chave do MISP está guardada somente para esta sessão.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="79"/>
        <source>The MISP key was not kept: no keychain is available.</source>
        <translation>A chave do MISP não foi mantida: nenhum chaveiro está disponível.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="84"/>
        <source>The database password was not kept: no keychain is available.</source>
        <translation>A senha do banco de dados não foi mantida: nenhum chaveiro está disponível.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="206"/>
        <source>How this desktop is named to the others sharing the database, for example as who ran a scheduled job. Pick a name your colleagues recognise.</source>
        <translation>Como esta estação é identificada para os demais que compartilham o banco de dados, por exemplo como quem executou uma tarefa agendada. Escolha um nome que seus colegas reconheçam.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="220"/>
        <source>At start-up, run the jobs &amp;missed while otxdesk was closed</source>
        <translation>&amp;Ao iniciar, executar as tarefas perdidas enquanto o otxdesk estava fechado</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="509"/>
        <source>The language changes when otxdesk restarts.</source>
        <translation>O idioma muda quando o otxdesk reiniciar.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="557"/>
        <source>Keep these secrets for this session only?</source>
        <translation>Manter estes segredos somente para esta sessão?</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="561"/>
        <source>Keep the MISP key for this session only?</source>
        <translation>Manter a chave do MISP somente para esta sessão?</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="604"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="612"/>
        <source>Details: %1</source>
        <translation>Detalhes: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SettingsPanel.cpp" line="638"/>
        <source>The key ring holds %n key(s), used before this one.</source>
        <translation>
            <numerusform>O conjunto de chaves tem %n chave, usada antes desta.</numerusform>
            <numerusform>O conjunto de chaves tem %n chaves, usadas antes desta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="640"/>
        <source>A key is kept for this session only.</source>
        <translation>Uma chave está guardada somente para esta sessão.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="642"/>
        <source>A key is saved in %1.</source>
        <translation>Uma chave está salva em: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SettingsPanel.cpp" line="649"/>
        <source>The key ring holds %n key(s) (Several keys…); a key here is optional.</source>
        <translation>
            <numerusform>O conjunto de chaves tem %n chave (Várias chaves…); uma chave aqui é opcional.</numerusform>
            <numerusform>O conjunto de chaves tem %n chaves (Várias chaves…); uma chave aqui é opcional.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="657"/>
        <source>No key saved yet. Paste your OTX API key above and press Save.</source>
        <translation>Nenhuma chave salva ainda. Cole sua chave de API do OTX acima e clique em Salvar.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="700"/>
        <source>SQLite database file</source>
        <translation>Arquivo de banco de dados SQLite</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPanel.cpp" line="704"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados SQLite (*.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>SyncHistoryModel</name>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="80"/>
        <source>Full</source>
        <extracomment>A sync kind: the whole subscribed feed</extracomment>
        <translation>Completa</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="84"/>
        <source>Incremental</source>
        <extracomment>A sync kind: only what changed since the last sync</extracomment>
        <translation>Incremental</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="88"/>
        <source>Search</source>
        <extracomment>A sync kind: an OTX search</extracomment>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="92"/>
        <source>Single pulse</source>
        <extracomment>A sync kind: one pulse fetched by its id</extracomment>
        <translation>Pulse único</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="100"/>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="103"/>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="106"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="109"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="117"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="120"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="124"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="126"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="141"/>
        <source>%1 (scheduled)</source>
        <extracomment>A sync the scheduler started, in sync history</extracomment>
        <translation>%1 (agendada)</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="166"/>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="221"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="224"/>
        <source>Query</source>
        <extracomment>The search text or pulse id a sync ran with</extracomment>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="226"/>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="228"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="230"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="232"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="234"/>
        <source>Pulses fetched</source>
        <translation>Pulses buscados</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="236"/>
        <source>New</source>
        <translation>Novos</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="238"/>
        <source>Updated</source>
        <translation>Atualizados</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="240"/>
        <source>Unchanged</source>
        <translation>Inalterados</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="242"/>
        <source>New indicators</source>
        <translation>Novos indicadores</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="244"/>
        <source>Linked</source>
        <translation>Vinculados</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="246"/>
        <source>Unlinked</source>
        <translation>Desvinculados</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="248"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../models/SyncHistoryModel.cpp" line="251"/>
        <source>Key</source>
        <extracomment>The name of the API key a sync used (never the key itself)</extracomment>
        <translation>Chave</translation>
    </message>
</context>
<context>
    <name>SyncHistoryPanel</name>
    <message>
        <location filename="../ui/SyncHistoryPanel.cpp" line="27"/>
        <source>Every sync run, newest first. Select a run to read its error in full.</source>
        <translation>Todas as execuções de sincronização, mais recentes primeiro. Selecione uma execução para ler o erro completo.</translation>
    </message>
    <message>
        <location filename="../ui/SyncHistoryPanel.cpp" line="57"/>
        <source>Could not read the sync history: %1</source>
        <translation>Não foi possível ler o histórico de sincronização: %1</translation>
    </message>
    <message>
        <location filename="../ui/SyncHistoryPanel.cpp" line="81"/>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="20"/>
        <source>&amp;Show otxdesk</source>
        <translation>&amp;Mostrar o otxdesk</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="24"/>
        <source>S&amp;ync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="29"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="45"/>
        <source>otxdesk: no job running</source>
        <translation>otxdesk: nenhuma tarefa em execução</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="46"/>
        <source>otxdesk: %n job(s) running: %1</source>
        <translation>
            <numerusform>otxdesk: %n tarefa em execução: %1</numerusform>
            <numerusform>otxdesk: %n tarefas em execução: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="59"/>
        <source>No keychain</source>
        <translation>Sem chaveiro</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60"/>
        <source>%1

API keys you enter now are kept for this session only and are not saved anywhere.</source>
        <translation>%1

As chaves de API que você informar agora ficam guardadas somente para esta sessão e não são salvas em lugar nenhum.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="44"/>
        <source>Database unavailable</source>
        <translation>Banco de dados indisponível</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>%1

The window opens so that you can choose another database in Settings; no job will run until the database works.</source>
        <translation>%1

A janela é aberta para que você possa escolher outro banco de dados em Configurações; nenhuma tarefa será executada até o banco de dados funcionar.</translation>
    </message>
</context>
</TS>
