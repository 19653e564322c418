#include "app/CommandLine.h"

#include "app/Startup.h"
#include "models/Database.h"
#include "models/PulseStore.h"
#include "services/AppSettings.h"
#include "services/PulseSyncService.h"
#include "services/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QStringList VERBS = {u"sync"_s, u"stats"_s, u"pulses"_s};

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
    const QByteArray envKey = qgetenv("OTXDESK_OTX_KEY");
    if (!envKey.isEmpty()) {
        options.otx.apiKey = QString::fromUtf8(envKey).trimmed();
        options.keyName = u"OTXDESK_OTX_KEY"_s;
    } else {
        KeychainSecretStore keychain;
        auto key = keychain.read(SecretKeys::OtxApiKey);
        if (!key) {
            printErr(Tr::tr("No OTX API key: set OTXDESK_OTX_KEY, or save the key in otxdesk's "
                            "Settings. %1")
                             .arg(key.error().text()));
            return 1;
        }
        options.otx.apiKey = key.value();
        options.keyName = u"keychain"_s;
    }

    QThreadPool pool;
    QFutureWatcher<SyncOutcome> watcher;
    SyncOutcome outcome;
    QObject::connect(&watcher, &QFutureWatcher<SyncOutcome>::finished, qApp, [&] {
        if (watcher.future().resultCount() > 0) {
            outcome = watcher.future().result();
        }
        QCoreApplication::quit();
    });
    QObject::connect(&watcher,
                     &QFutureWatcher<SyncOutcome>::progressTextChanged,
                     qApp,
                     [](const QString &text) { printErr(text); });
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, qApp, [&] {
        if (s_interrupted && !watcher.future().isCanceled()) {
            printErr(Tr::tr("Cancelling; the pages already stored are kept."));
            watcher.future().cancel();
        }
    });
    interruptPoll.start(200);
    watcher.setFuture(PulseSyncService::start(&pool, request, options));
    QCoreApplication::exec();
    pool.waitForDone();

    if (watcher.future().isCanceled() && outcome.status.isEmpty()) {
        printErr(Tr::tr("Sync cancelled; the pages already stored are kept, and the next sync "
                        "finishes the work."));
        return 1;
    }
    if (outcome.status == SyncStatus::Completed) {
        printOut(PulseSyncService::summary(outcome));
        return 0;
    }
    printErr(PulseSyncService::summary(outcome));
    return 1;
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
                   "  pulses --json                  print every stored pulse as JSON"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, Tr::tr("sync, stats or pulses"));
    parser.addOptions({
            {u"query"_s, Tr::tr("sync: search OTX for Q and store the matching pulses."), u"Q"_s},
            {u"pulse"_s, Tr::tr("sync: fetch the pulse with this id."), u"ID"_s},
            {u"json"_s, Tr::tr("stats, pulses: print JSON.")},
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
        printErr(Tr::tr("Unknown command. Use sync, stats --json or pulses --json; --help "
                        "lists the options."));
        return 2;
    }
    const QString verb = positional.first();
    if ((verb == u"stats"_s || verb == u"pulses"_s) && !parser.isSet(u"json"_s)) {
        printErr(Tr::tr("%1 prints JSON only: add --json.").arg(verb));
        return 2;
    }
    if (verb != u"sync"_s && (parser.isSet(u"query"_s) || parser.isSet(u"pulse"_s))) {
        printErr(Tr::tr("--query and --pulse go with sync."));
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
    return runPulses(database.value());
}

} // namespace CommandLine
