#include "app/CommandLine.h"

#include "app/Startup.h"
#include "models/Database.h"
#include "models/KeyStore.h"
#include "models/PulseStore.h"
#include "services/AppSettings.h"
#include "services/EnrichmentService.h"
#include "services/KeyManager.h"
#include "services/KeyRing.h"
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
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

#include <termios.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QStringList VERBS =
        {u"sync"_s, u"stats"_s, u"pulses"_s, u"export-misp"_s, u"enrich"_s, u"keys"_s};

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

/// OTXDESK_OTX_KEY as a list: automation may give several keys, comma-separated.
QStringList keysFromEnvironment()
{
    QStringList keys;
    for (const QString &k : qEnvironmentVariable("OTXDESK_OTX_KEY").split(u',')) {
        if (!k.trimmed().isEmpty()) {
            keys.append(k.trimmed());
        }
    }
    return keys;
}

std::optional<QUrl> otxUrl(const QCommandLineParser &parser, const AppSettings &settings)
{
    if (!parser.isSet(u"otx-url"_s)) {
        return settings.otxBaseUrl();
    }
    const QUrl url(parser.value(u"otx-url"_s), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
        || url.host().isEmpty()) {
        printErr(Tr::tr("--otx-url must be an http or https URL, such as "
                        "https://otx.alienvault.com."));
        return std::nullopt;
    }
    return url;
}

/// A key chosen from the key ring for a one-off job.
struct RingKey
{
    QString name;
    QString secret;
};

/// The key ring's choice now, or nothing when the ring is empty or no key can be used (then
/// says why on stderr).
std::optional<RingKey> chooseRingKey(const DatabaseConfig &database, bool *saidWhy)
{
    *saidWhy = false;
    KeychainSecretStore keychain;
    const auto choice = KeyRing::chooseFor(database, keychain, QDateTime::currentMSecsSinceEpoch());
    if (!choice) {
        if (choice.error().code != u"keys.empty"_s) {
            printErr(choice.error().text());
            *saidWhy = true;
        }
        return std::nullopt;
    }
    if (choice->kind != KeyChoice::Kind::Use) {
        printErr(choice->reason);
        *saidWhy = true;
        return std::nullopt;
    }
    return RingKey{choice->name, choice->secret};
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
    // The key: OTXDESK_OTX_KEY (its first key), else the key ring's choice, else the single
    // key of earlier versions.
    std::optional<RingKey> ringKey;
    bool ringSaidWhy = false;
    if (const QStringList fromEnv = keysFromEnvironment(); !fromEnv.isEmpty()) {
        options.otx.apiKey = fromEnv.first();
        options.keyName = u"OTXDESK_OTX_KEY"_s;
    } else if (ringKey = chooseRingKey(database, &ringSaidWhy); ringKey) {
        // Each request takes the key ring's choice, counted per request.
        options.keyRingSecrets = std::make_shared<KeychainSecretStore>();
        options.keyName = Tr::tr("key ring");
    } else {
        const auto otxKey =
                readKey("OTXDESK_OTX_KEY",
                        SecretKeys::OtxApiKey,
                        ringSaidWhy ? Tr::tr("No other OTX key is saved.")
                                    : Tr::tr("No OTX API key: set OTXDESK_OTX_KEY, add a key with "
                                             "\"otxdesk keys add NAME\", or save the key in "
                                             "otxdesk's Settings."));
        if (!otxKey) {
            return 1;
        }
        options.otx.apiKey = otxKey->first;
        options.keyName = otxKey->second;
    }

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

QJsonObject enrichJson(const EnrichOutcome &o)
{
    QJsonObject out{{u"status"_s, o.status},
                    {u"considered"_s, o.considered},
                    {u"enriched"_s, o.enriched},
                    {u"not_found"_s, o.notFound},
                    {u"failed"_s, o.failed},
                    {u"fresh"_s, o.fresh},
                    {u"not_enrichable"_s, o.notEnrichable},
                    {u"unknown_values"_s, o.unknownValues},
                    {u"misp_attributes"_s, o.mispAttributes},
                    {u"misp_attributes_skipped"_s, o.mispSkipped},
                    {u"http_requests"_s, o.requests},
                    {u"duration_ms"_s, o.durationMs},
                    {u"notices"_s, QJsonArray::fromStringList(o.notices)}};
    if (!o.stopReason.isEmpty()) {
        out.insert(u"stopped_because"_s, o.stopReason);
    }
    if (!o.error.message.isEmpty()) {
        out.insert(u"error"_s, o.error.text());
    }
    return out;
}

int runEnrich(const QCommandLineParser &parser,
              const DatabaseConfig &database,
              const AppSettings &settings)
{
    EnrichRequest request;
    const int sources = int(parser.isSet(u"pulse"_s)) + int(parser.isSet(u"pending"_s))
                        + int(parser.isSet(u"values"_s)) + int(parser.isSet(u"misp"_s));
    if (sources > 1) {
        printErr(Tr::tr("Use one of --pulse, --pending, --values and --misp."));
        return 2;
    }
    if (!parser.isSet(u"misp"_s) && (parser.isSet(u"types"_s) || parser.isSet(u"days"_s))) {
        printErr(Tr::tr("--types and --days go with --misp."));
        return 2;
    }
    if (parser.isSet(u"pulse"_s)) {
        request.source = EnrichRequest::Source::Pulse;
        request.pulseId = parser.value(u"pulse"_s).trimmed();
    } else if (parser.isSet(u"values"_s)) {
        request.source = EnrichRequest::Source::Values;
        QFile file;
        const QString path = parser.value(u"values"_s);
        const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                           : (file.setFileName(path),
                                              file.open(QIODevice::ReadOnly | QIODevice::Text));
        if (!opened) {
            printErr(Tr::tr("Could not read %1.").arg(path));
            return 1;
        }
        QTextStream in(&file);
        while (!in.atEnd()) {
            const QString line = in.readLine().trimmed();
            if (!line.isEmpty() && !line.startsWith(u'#')) {
                request.values.append(line);
            }
        }
    } else if (parser.isSet(u"pending"_s)) {
        bool ok = false;
        request.limit = parser.value(u"pending"_s).toInt(&ok);
        if (!ok || request.limit < 1) {
            printErr(Tr::tr("--pending takes a number of indicators, 1 or more."));
            return 2;
        }
    } else if (parser.isSet(u"misp"_s)) {
        request.source = EnrichRequest::Source::Misp;
        for (const QString &t : parser.value(u"types"_s).split(u',', Qt::SkipEmptyParts)) {
            request.misp.types.append(t.trimmed());
        }
        if (parser.isSet(u"days"_s)) {
            bool ok = false;
            request.misp.lastDays = parser.value(u"days"_s).toInt(&ok);
            if (!ok || request.misp.lastDays < 1) {
                printErr(Tr::tr("--days takes a number of days, 1 or more."));
                return 2;
            }
        }
    }
    request.force = parser.isSet(u"force"_s);

    const auto url = otxUrl(parser, settings);
    if (!url) {
        return 2;
    }
    EnrichOptions options;
    options.database = database;
    options.otxBaseUrl = *url;
    options.freshnessMs = qint64(settings.enrichFreshnessDays()) * 24 * 3600 * 1000;
    options.keys = keysFromEnvironment();
    if (options.keys.isEmpty()) {
        options.secrets = std::make_shared<KeychainSecretStore>();
    }
    if (request.source == EnrichRequest::Source::Misp) {
        options.misp.baseUrl = parser.isSet(u"misp-url"_s)
                                       ? QUrl(parser.value(u"misp-url"_s), QUrl::StrictMode)
                                       : settings.mispBaseUrl();
        const QUrl &misp = options.misp.baseUrl;
        if (!misp.isValid() || (misp.scheme() != u"https"_s && misp.scheme() != u"http"_s)
            || misp.host().isEmpty()) {
            printErr(Tr::tr("No MISP server: give --misp-url https://misp.example.org, or set "
                            "the MISP address in otxdesk's Settings."));
            return 2;
        }
        options.misp.verifyTls = settings.mispVerifyTls(misp);
        const auto mispKey = readKey("OTXDESK_MISP_KEY",
                                     SecretKeys::MispApiKey,
                                     Tr::tr("No MISP API key: set OTXDESK_MISP_KEY, or save the "
                                            "key in otxdesk's Settings."));
        if (!mispKey) {
            return 1;
        }
        options.misp.apiKey = mispKey->first;
    }
    const std::optional<EnrichOutcome> result = runJob<EnrichOutcome>(
            [&](QThreadPool *pool) { return EnrichmentService::start(pool, request, options); },
            Tr::tr("Cancelling; what was enriched is kept."));
    if (!result) {
        printErr(Tr::tr("Enrichment cancelled; what was enriched is kept, and the next run "
                        "does the rest."));
        return 1;
    }
    for (const QString &notice : result->notices) {
        printErr(notice);
    }
    if (parser.isSet(u"json"_s)) {
        std::fputs(QJsonDocument(enrichJson(*result)).toJson(QJsonDocument::Indented).constData(),
                   stdout);
    } else {
        printOut(EnrichmentService::summary(*result));
    }
    return result->status == SyncStatus::Completed ? 0 : 1;
}

/// One line from standard input. On a terminal it asks with `prompt` on stderr and does not
/// echo what is typed, so the secret stays out of the scrollback.
std::optional<QString> readSecretLine(const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
    }
    QFile in;
    std::optional<QString> line;
    if (in.open(stdin, QIODevice::ReadOnly)) {
        line = QString::fromUtf8(in.readLine()).trimmed();
    }
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return line;
}

QString describeKey(const OtxKeyInfo &k, const QString &day)
{
    QString health;
    if (k.health == OtxKeyHealth::Ok) {
        health = Tr::tr("works");
    } else if (k.health == OtxKeyHealth::Invalid) {
        health = Tr::tr("refused by OTX");
    } else if (k.health == OtxKeyHealth::Limited) {
        health = k.limitedUntilMs ? Tr::tr("resting until %1")
                                            .arg(QDateTime::fromMSecsSinceEpoch(*k.limitedUntilMs)
                                                         .toString(Qt::ISODate))
                                  : Tr::tr("limited by OTX");
    } else {
        health = Tr::tr("not tested");
    }
    //: A key in `otxdesk keys list`: name, (primary), used/limit today, per minute, state
    return Tr::tr("%1%2  %3 of %4 today, %5 per minute  %6")
            .arg(k.name, k.primary ? Tr::tr(" (primary)") : QString())
            .arg(k.usedOn(day))
            .arg(k.dailyLimit)
            .arg(k.perMinute)
            .arg(health);
}

int runKeys(const QCommandLineParser &parser,
            const DatabaseConfig &database,
            const AppSettings &settings)
{
    const QStringList args = parser.positionalArguments().mid(1);
    const QString action = args.value(0);
    const QString name = args.value(1);
    static const QStringList ACTIONS =
            {u"list"_s, u"add"_s, u"remove"_s, u"test"_s, u"primary"_s, u"rename"_s};
    const bool needsName = action == u"add"_s || action == u"remove"_s || action == u"primary"_s
                           || action == u"rename"_s;
    if (!ACTIONS.contains(action) || (needsName && name.isEmpty())
        || (action == u"rename"_s && args.size() != 3)
        || (action != u"rename"_s && args.size() > 2)) {
        printErr(Tr::tr("Use: keys list | keys add NAME (the key on standard input) | keys "
                        "remove NAME | keys test [NAME] | keys primary NAME | keys rename NAME "
                        "NEW"));
        return 2;
    }
    ScopedConnection connection(database, u"cli-keys"_s, true);
    if (!connection.ok()) {
        printErr(connection.error().text());
        return 1;
    }
    KeychainSecretStore keychain;
    KeyManager keys(connection.db(), keychain);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString day = KeyRing({}, {}, nullptr).dayOf(now);
    auto fail = [](const Error &e) {
        printErr(e.text());
        return 1;
    };

    if (action == u"list"_s) {
        const auto list = keys.keys();
        if (!list) {
            return fail(list.error());
        }
        if (parser.isSet(u"json"_s)) {
            QJsonArray out;
            for (const OtxKeyInfo &k : list.value()) {
                out.append(QJsonObject{
                        {u"name"_s, k.name},
                        {u"primary"_s, k.primary},
                        {u"daily_limit"_s, k.dailyLimit},
                        {u"per_minute"_s, k.perMinute},
                        {u"used_today"_s, k.usedOn(day)},
                        {u"health"_s, k.health},
                        {u"limited_until"_s,
                         k.limitedUntilMs ? QJsonValue(double(*k.limitedUntilMs)) : QJsonValue()},
                        {u"last_error"_s, k.lastError}});
            }
            std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
            return 0;
        }
        if (list->isEmpty()) {
            printOut(Tr::tr("No OTX keys. Add one with: otxdesk keys add NAME < keyfile"));
        }
        for (const OtxKeyInfo &k : list.value()) {
            printOut(describeKey(k, day));
        }
        return 0;
    }
    if (action == u"add"_s) {
        const std::optional<QString> secret = readSecretLine(
                Tr::tr("OTX key for \"%1\" (not shown; Enter to finish): ").arg(name));
        if (!secret) {
            printErr(Tr::tr("Could not read the key from standard input."));
            return 1;
        }
        bool ok = true;
        const int daily = parser.isSet(u"daily-limit"_s) ? parser.value(u"daily-limit"_s).toInt(&ok)
                                                         : OtxKeyInfo::DEFAULT_DAILY_LIMIT;
        bool ok2 = true;
        const int perMinute = parser.isSet(u"per-minute"_s)
                                      ? parser.value(u"per-minute"_s).toInt(&ok2)
                                      : OtxKeyInfo::DEFAULT_PER_MINUTE;
        if (!ok || !ok2 || daily < 1 || perMinute < 0) {
            printErr(Tr::tr("--daily-limit takes 1 or more, --per-minute 0 (no limit) or more."));
            return 2;
        }
        const auto added = keys.add(name, *secret, daily, perMinute, now);
        if (!added) {
            return fail(added.error());
        }
        printOut(Tr::tr("Added the OTX key \"%1\".").arg(added->name));
        return 0;
    }
    if (action == u"remove"_s) {
        if (auto r = keys.remove(name); !r) {
            return fail(r.error());
        }
        printOut(Tr::tr("Removed the OTX key \"%1\".").arg(name));
        return 0;
    }
    if (action == u"primary"_s) {
        if (auto r = keys.setPrimary(name); !r) {
            return fail(r.error());
        }
        printOut(Tr::tr("\"%1\" is now the primary OTX key.").arg(name));
        return 0;
    }
    if (action == u"rename"_s) {
        if (auto r = keys.rename(name, args.value(2)); !r) {
            return fail(r.error());
        }
        printOut(Tr::tr("Renamed the OTX key \"%1\" to \"%2\".").arg(name, args.value(2)));
        return 0;
    }
    // test [NAME]: one key, or every key.
    const auto url = otxUrl(parser, settings);
    if (!url) {
        return 2;
    }
    QStringList names;
    if (!name.isEmpty()) {
        names.append(name);
    } else {
        const auto list = keys.keys();
        if (!list) {
            return fail(list.error());
        }
        for (const OtxKeyInfo &k : list.value()) {
            names.append(k.name);
        }
    }
    int status = 0;
    for (const QString &n : std::as_const(names)) {
        const auto tested = keys.test(n, *url, now);
        if (!tested) {
            printErr(tested.error().text());
            status = 1;
            continue;
        }
        printOut(u"%1: %2"_s.arg(n, tested->message));
        if (tested->health != OtxKeyHealth::Ok) {
            status = 1;
        }
    }
    return status;
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
                   "                                 keychain or OTXDESK_MISP_KEY)\n"
                   "  enrich [--pulse ID | --pending N | --values FILE |\n"
                   "          --misp [--types T,..] [--days N]] [--force]\n"
                   "                                 enrich indicators with OTX (keys from the\n"
                   "                                 key ring, or OTXDESK_OTX_KEY=K1,K2,...)\n"
                   "  keys list | add NAME | remove NAME | test [NAME] | primary NAME |\n"
                   "       rename NAME NEW           manage the OTX keys (add reads the key\n"
                   "                                 from standard input)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s,
                                 Tr::tr("sync, stats, pulses, export-misp, enrich or keys"));
    parser.addOptions({
            {u"query"_s, Tr::tr("sync: search OTX for Q and store the matching pulses."), u"Q"_s},
            {u"pulse"_s,
             Tr::tr("sync: fetch the pulse with this id. export-misp: export it (repeatable). "
                    "enrich: enrich its indicators."),
             u"ID"_s},
            {u"pending"_s,
             Tr::tr("export-misp: export at most N pulses waiting for export (default: all). "
                    "enrich: at most N indicators waiting (default: all)."),
             u"N"_s},
            {u"values"_s,
             Tr::tr("enrich: the indicators in FILE (- for standard input), one per line, as "
                    "\"value\" or \"<OTX type> value\"."),
             u"FILE"_s},
            {u"force"_s, Tr::tr("enrich: fetch even indicators enriched recently.")},
            {u"misp"_s,
             Tr::tr("enrich: the indicators of MISP attributes (High-threat events first).")},
            {u"types"_s,
             Tr::tr("enrich --misp: only these MISP types, comma-separated (ip-dst,domain,md5)."),
             u"T"_s},
            {u"days"_s, Tr::tr("enrich --misp: only events published in the last N days."), u"N"_s},
            {u"daily-limit"_s,
             Tr::tr("keys add: requests the key may make per day (default 9000)."),
             u"N"_s},
            {u"per-minute"_s,
             Tr::tr("keys add: requests the key may make per minute (default 120; 0: no "
                    "limit)."),
             u"N"_s},
            {u"publish"_s, Tr::tr("export-misp: publish each event once exported.")},
            {u"misp-url"_s, Tr::tr("MISP base URL (default: the one in Settings)."), u"URL"_s},
            {u"json"_s, Tr::tr("stats, pulses, export-misp, enrich, keys list: print JSON.")},
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
    if (positional.isEmpty() || !VERBS.contains(positional.first())
        || (positional.size() != 1 && positional.first() != u"keys"_s)) {
        printErr(Tr::tr("Unknown command. Use sync, stats --json, pulses --json, export-misp, "
                        "enrich or keys; --help lists the options."));
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
    if (verb != u"sync"_s && verb != u"export-misp"_s && verb != u"enrich"_s
        && parser.isSet(u"pulse"_s)) {
        printErr(Tr::tr("--pulse goes with sync, export-misp or enrich."));
        return 2;
    }
    if (verb != u"export-misp"_s && verb != u"enrich"_s && parser.isSet(u"pending"_s)) {
        printErr(Tr::tr("--pending goes with export-misp or enrich."));
        return 2;
    }
    if (verb != u"export-misp"_s && parser.isSet(u"publish"_s)) {
        printErr(Tr::tr("--publish goes with export-misp."));
        return 2;
    }
    if (verb != u"export-misp"_s && verb != u"enrich"_s && parser.isSet(u"misp-url"_s)) {
        printErr(Tr::tr("--misp-url goes with export-misp or enrich --misp."));
        return 2;
    }
    if (verb != u"enrich"_s
        && (parser.isSet(u"values"_s) || parser.isSet(u"force"_s) || parser.isSet(u"misp"_s)
            || parser.isSet(u"types"_s) || parser.isSet(u"days"_s))) {
        printErr(Tr::tr("--values, --force, --misp, --types and --days go with enrich."));
        return 2;
    }
    if (verb != u"keys"_s && (parser.isSet(u"daily-limit"_s) || parser.isSet(u"per-minute"_s))) {
        printErr(Tr::tr("--daily-limit and --per-minute go with keys add."));
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
    if (verb == u"enrich"_s) {
        return runEnrich(parser, database.value(), settings);
    }
    if (verb == u"keys"_s) {
        return runKeys(parser, database.value(), settings);
    }
    return runPulses(database.value());
}

} // namespace CommandLine
