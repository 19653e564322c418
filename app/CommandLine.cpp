#include "app/CommandLine.h"

#include "app/Startup.h"
#include "models/Database.h"
#include "models/PulseStore.h"
#include "services/AppSettings.h"
#include "services/MispExportService.h"
#include "services/PulseSyncService.h"
#include "services/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QStringList VERBS = {u"sync"_s, u"stats"_s, u"pulses"_s, u"export-misp"_s};

std::atomic_bool s_interrupted = false;

void onInterrupt(int)
{
    s_interrupted = true;
}

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

void printErr(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputs("\n", stderr);
}

void printOut(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputs("\n", stdout);
}

/// A key from the environment variable, else from the keychain: the key and where it came
/// from ("OTXDESK_…" or "keychain"). Prints `missing` and the keychain's reason when neither
/// has it.
std::optional<std::pair<QString, QString>> readKey(const char *envVar,
                                                   const QString &secretName,
                                                   const QString &missing)
{
    const QByteArray fromEnv = qgetenv(envVar);
    if (!fromEnv.isEmpty()) {
        return std::pair{QString::fromUtf8(fromEnv).trimmed(), QString::fromLatin1(envVar)};
    }
    KeychainSecretStore keychain;
    auto key = keychain.read(secretName);
    if (!key) {
        printErr(missing + u' ' + key.error().text());
        return std::nullopt;
    }
    return std::pair{key.value(), u"keychain"_s};
}

/// Runs a job on its own pool until it ends, printing its progress text on stderr; Ctrl+C
/// or SIGTERM cancels it (after printing `cancelling`). Nothing when the job was cancelled
/// before it delivered a result.
template <typename T>
std::optional<T> runJob(const std::function<QFuture<T>(QThreadPool *)> &start,
                        const QString &cancelling)
{
    QThreadPool pool;
    QFutureWatcher<T> watcher;
    std::optional<T> outcome;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, qApp, [&] {
        if (watcher.future().resultCount() > 0) {
            outcome = watcher.future().result();
        }
        QCoreApplication::quit();
    });
    QObject::connect(&watcher,
                     &QFutureWatcher<T>::progressTextChanged,
                     qApp,
                     [](const QString &text) { printErr(text); });
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, qApp, [&] {
        if (s_interrupted && !watcher.future().isCanceled()) {
            printErr(cancelling);
            watcher.future().cancel();
        }
    });
    interruptPoll.start(200);
    watcher.setFuture(start(&pool));
    QCoreApplication::exec();
    pool.waitForDone();
    return outcome;
}

int runSync(const QCommandLineParser &parser,
            const DatabaseConfig &database,
            const AppSettings &settings)
{
    SyncRequest request;
    if (parser.isSet(u"query"_s) && parser.isSet(u"pulse"_s)) {
        printErr(Tr::tr("Use either --query or --pulse, not both."));
        return 2;
    }
    if (parser.isSet(u"query"_s)) {
        request.mode = SyncRequest::Mode::Search;
        request.query = parser.value(u"query"_s).trimmed();
        if (request.query.isEmpty()) {
            printErr(Tr::tr("--query needs a search text."));
            return 2;
        }
    } else if (parser.isSet(u"pulse"_s)) {
        request.mode = SyncRequest::Mode::Pulse;
        request.pulseId = parser.value(u"pulse"_s).trimmed();
        static const QRegularExpression pulseId(u"^[0-9a-fA-F]{24}$"_s);
        if (!pulseId.match(request.pulseId).hasMatch()) {
            printErr(Tr::tr("A pulse id is 24 hexadecimal characters; \"%1\" is not one.")
                             .arg(request.pulseId));
            return 2;
        }
    }

    SyncOptions options;
    options.database = database;
    options.otx.baseUrl = settings.otxBaseUrl();
    if (parser.isSet(u"otx-url"_s)) {
        const QUrl url(parser.value(u"otx-url"_s), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
            || url.host().isEmpty()) {
            printErr(Tr::tr("--otx-url must be an http or https URL, such as "
                            "https://otx.alienvault.com."));
            return 2;
        }
        options.otx.baseUrl = url;
    }
    options.pageSize = settings.pageSize();
    if (const auto days = settings.firstSyncLookbackDays()) {
        options.firstSyncLookbackMs = qint64(*days) * 24 * 3600 * 1000;
    }
    const auto otxKey = readKey("OTXDESK_OTX_KEY",
                                SecretKeys::OtxApiKey,
                                Tr::tr("No OTX API key: set OTXDESK_OTX_KEY, or save the key in "
                                       "otxdesk's Settings."));
    if (!otxKey) {
        return 1;
    }
    options.otx.apiKey = otxKey->first;
    options.keyName = otxKey->second;

    const std::optional<SyncOutcome> result = runJob<SyncOutcome>(
            [&](QThreadPool *pool) { return PulseSyncService::start(pool, request, options); },
            Tr::tr("Cancelling; the pages already stored are kept."));
    if (!result) {
        printErr(Tr::tr("Sync cancelled; the pages already stored are kept, and the next sync "
                        "finishes the work."));
        return 1;
    }
    const SyncOutcome &outcome = *result;
    if (outcome.status == SyncStatus::Completed) {
        printOut(PulseSyncService::summary(outcome));
        return 0;
    }
    printErr(PulseSyncService::summary(outcome));
    return 1;
}

QJsonObject outcomeJson(const MispExportOutcome &outcome)
{
    QJsonArray pulses;
    for (const MispPulseResult &r : outcome.pulses) {
        QJsonObject p{{u"pulse"_s, r.otxId},
                      {u"name"_s, r.name},
                      {u"action"_s, MispExportService::actionName(r.action)},
                      {u"event_id"_s, r.eventId},
                      {u"event_uuid"_s, r.eventUuid},
                      {u"attributes_sent"_s, r.attributesSent},
                      {u"attributes_in_event"_s, r.attributesAccepted},
                      {u"attributes_rejected"_s, r.attributesRejected},
                      {u"attributes_dropped"_s, r.attributesDropped},
                      {u"indicators_skipped"_s, r.indicatorsSkipped}};
        if (!r.error.message.isEmpty()) {
            p.insert(u"error"_s, r.error.text());
        }
        pulses.append(p);
    }
    QJsonObject out{{u"status"_s, outcome.status},
                    {u"misp_version"_s, outcome.serverVersion},
                    {u"http_requests"_s, outcome.httpRequests},
                    {u"duration_ms"_s, outcome.durationMs},
                    {u"pulses"_s, pulses},
                    {u"warnings"_s, QJsonArray::fromStringList(outcome.warnings)}};
    if (!outcome.error.message.isEmpty()) {
        out.insert(u"error"_s, outcome.error.text());
    }
    return out;
}

int runExportMisp(const QCommandLineParser &parser,
                  const DatabaseConfig &database,
                  const AppSettings &settings)
{
    MispExportRequest request;
    if (parser.isSet(u"pulse"_s) && parser.isSet(u"pending"_s)) {
        printErr(Tr::tr("Use either --pulse or --pending, not both."));
        return 2;
    }
    if (parser.isSet(u"pulse"_s)) {
        request.mode = MispExportRequest::Mode::Pulses;
        request.pulseIds = parser.values(u"pulse"_s);
    } else {
        request.mode = MispExportRequest::Mode::Pending;
        if (parser.isSet(u"pending"_s)) {
            bool ok = false;
            request.pendingLimit = parser.value(u"pending"_s).toInt(&ok);
            if (!ok || request.pendingLimit < 1) {
                printErr(Tr::tr("--pending takes a number of pulses, 1 or more."));
                return 2;
            }
        }
    }
    request.publish = parser.isSet(u"publish"_s);

    MispExportOptions options;
    options.database = database;
    options.misp.baseUrl = settings.mispBaseUrl();
    if (parser.isSet(u"misp-url"_s)) {
        options.misp.baseUrl = QUrl(parser.value(u"misp-url"_s), QUrl::StrictMode);
    }
    const QUrl &url = options.misp.baseUrl;
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
        || url.host().isEmpty()) {
        printErr(Tr::tr("No MISP server: give --misp-url https://misp.example.org, or set the "
                        "MISP address in otxdesk's Settings."));
        return 2;
    }
    options.misp.verifyTls = settings.mispVerifyTls(url);
    options.event = settings.mispEventSettings();
    options.batchSize = settings.mispBatchSize();
    options.galaxyFolder = settings.galaxyFolder();
    const auto mispKey = readKey("OTXDESK_MISP_KEY",
                                 SecretKeys::MispApiKey,
                                 Tr::tr("No MISP API key: set OTXDESK_MISP_KEY, or save the key "
                                        "in otxdesk's Settings."));
    if (!mispKey) {
        return 1;
    }
    options.misp.apiKey = mispKey->first;
    if (!options.misp.verifyTls) {
        printErr(Tr::tr("Warning: TLS verification is off for %1 (Settings).").arg(url.host()));
    }

    const std::optional<MispExportOutcome> result = runJob<MispExportOutcome>(
            [&](QThreadPool *pool) { return MispExportService::start(pool, request, options); },
            Tr::tr("Cancelling after the current batch."));
    if (!result) {
        printErr(Tr::tr("Export cancelled; what MISP accepted is recorded, and the next export "
                        "finishes the work."));
        return 1;
    }
    const MispExportOutcome &outcome = *result;
    for (const QString &warning : outcome.warnings) {
        printErr(Tr::tr("Warning: %1").arg(warning));
    }
    for (const MispPulseResult &r : outcome.pulses) {
        if (!r.error.message.isEmpty()) {
            printErr(Tr::tr("%1 (%2): %3").arg(r.otxId, r.name, r.error.text()));
        }
    }
    if (parser.isSet(u"json"_s)) {
        std::fputs(QJsonDocument(outcomeJson(outcome)).toJson(QJsonDocument::Indented).constData(),
                   stdout);
    } else {
        printOut(MispExportService::summary(outcome));
    }
    const bool anyFailed = outcome.count(MispPulseResult::Action::Failed) > 0;
    return outcome.status == u"completed"_s && !anyFailed ? 0 : 1;
}

int runStats(const DatabaseConfig &database)
{
    ScopedConnection connection(database, u"cli-stats"_s, true);
    if (!connection.ok()) {
        printErr(connection.error().text());
        return 1;
    }
    PulseStore store(connection.db());
    auto stats = store.stats();
    if (!stats) {
        printErr(stats.error().text());
        return 1;
    }
    std::fputs(QJsonDocument(stats.value()).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}

int runPulses(const DatabaseConfig &database)
{
    ScopedConnection connection(database, u"cli-pulses"_s, true);
    if (!connection.ok()) {
        printErr(connection.error().text());
        return 1;
    }
    PulseStore store(connection.db());
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        printErr(Tr::tr("Could not write to standard output."));
        return 1;
    }
    if (auto r = store.writePulsesJson(out); !r) {
        out.close();
        printErr(r.error().text());
        return 1;
    }
    return 0;
}

} // namespace

namespace CommandLine {

bool isHeadless(const QStringList &arguments)
{
    // A first argument that is not an option is a command, known or not: an unknown one gets
    // a usage error, never a window. (Qt's own options, such as -platform, start with '-'.)
    if (arguments.size() > 1 && !arguments[1].startsWith(u'-')) {
        return true;
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (VERBS.contains(a) || a == u"--help"_s || a == u"-h"_s || a == u"--version"_s
            || a == u"-v"_s) {
            return true;
        }
    }
    return false;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("otxdesk: AlienVault OTX pulses in a local store.\n\n"
                   "Without a command the window opens. Commands:\n"
                   "  sync [--query Q | --pulse ID]  run one sync and print its summary\n"
                   "  stats --json                   print totals as JSON\n"
                   "  pulses --json                  print every stored pulse as JSON\n"
                   "  export-misp [--pulse ID | --pending N] [--publish] [--misp-url URL]\n"
                   "                                 export pulses to MISP (key from the\n"
                   "                                 keychain or OTXDESK_MISP_KEY)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, Tr::tr("sync, stats, pulses or export-misp"));
    parser.addOptions({
            {u"query"_s, Tr::tr("sync: search OTX for Q and store the matching pulses."), u"Q"_s},
            {u"pulse"_s,
             Tr::tr("sync: fetch the pulse with this id. export-misp: export it (repeatable)."),
             u"ID"_s},
            {u"pending"_s,
             Tr::tr("export-misp: export at most N pulses waiting for export (default: all)."),
             u"N"_s},
            {u"publish"_s, Tr::tr("export-misp: publish each event once exported.")},
            {u"misp-url"_s, Tr::tr("MISP base URL (default: the one in Settings)."), u"URL"_s},
            {u"json"_s, Tr::tr("stats, pulses, export-misp: print JSON.")},
            {u"database"_s,
             Tr::tr("sqlite:PATH or postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE] (the password "
                    "comes from the keychain or PGPASSWORD); default: the database chosen in "
                    "Settings."),
             u"URL"_s},
            {u"otx-url"_s, Tr::tr("OTX base URL (default: the one in Settings)."), u"URL"_s},
    });
    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        return 0;
    }
    if (parser.isSet(u"version"_s)) {
        printOut(QCoreApplication::applicationName() + u' '
                 + QCoreApplication::applicationVersion());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !VERBS.contains(positional.first())) {
        printErr(Tr::tr("Unknown command. Use sync, stats --json, pulses --json or "
                        "export-misp; --help lists the options."));
        return 2;
    }
    const QString verb = positional.first();
    if ((verb == u"stats"_s || verb == u"pulses"_s) && !parser.isSet(u"json"_s)) {
        printErr(Tr::tr("%1 prints JSON only: add --json.").arg(verb));
        return 2;
    }
    if (verb != u"sync"_s && parser.isSet(u"query"_s)) {
        printErr(Tr::tr("--query goes with sync."));
        return 2;
    }
    if (verb != u"sync"_s && verb != u"export-misp"_s && parser.isSet(u"pulse"_s)) {
        printErr(Tr::tr("--pulse goes with sync or export-misp."));
        return 2;
    }
    if (verb != u"export-misp"_s
        && (parser.isSet(u"pending"_s) || parser.isSet(u"publish"_s)
            || parser.isSet(u"misp-url"_s))) {
        printErr(Tr::tr("--pending, --publish and --misp-url go with export-misp."));
        return 2;
    }

    AppSettings settings;
    auto database = Startup::resolveDatabase(settings, parser.value(u"database"_s));
    if (!database) {
        printErr(database.error().text());
        return database.error().code == u"args"_s ? 2 : 1;
    }
    if (auto ready = Startup::prepareDatabase(database.value()); !ready) {
        printErr(ready.error().text());
        return 1;
    }
    if (verb == u"sync"_s) {
        return runSync(parser, database.value(), settings);
    }
    if (verb == u"stats"_s) {
        return runStats(database.value());
    }
    if (verb == u"export-misp"_s) {
        return runExportMisp(parser, database.value(), settings);
    }
    return runPulses(database.value());
}

} // namespace CommandLine
