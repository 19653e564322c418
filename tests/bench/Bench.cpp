// otxdesk benchmark: a full sync of synthetic pulses served by the fake OTX server, into SQLite
// and into Postgres, run as the real `otxdesk sync` process so that its peak RSS is its own;
// then the pulse browser's filter over the synced store; then the MISP export of synthetic
// pulses to the fake MISP, by `otxdesk export-misp` and from the export panel. Prints
// indicators and attributes per second, peak RSS, filter latency p50/p95 and the longest GUI
// stall during an export. Deterministic input; figures vary with the machine.

#include "models/Database.h"
#include "models/PulseFilter.h"
#include "models/PulseStore.h"
#include "models/PulseTableModel.h"
#include "services/OtxParser.h"
#include "tests/bench/EnrichBench.h"
#include "tests/bench/ExportBench.h"
#include "tests/bench/Measure.h"
#include "tests/bench/SyntheticPulses.h"
#include "tests/bench/SyntheticStore.h"
#include "tests/support/FakeOtxServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMap>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

const QString BENCH_KEY = u"bench-key-not-secret"_s;

Measured syncOnce(const QString &binary, const QString &database, const QUrl &otx)
{
    // The fake answers from this thread's event loop; the child is waited for elsewhere.
    QFuture<Measured> future = QtConcurrent::run([&] {
        return Measure::throughLauncher(
                binary,
                {u"sync"_s, u"--database"_s, database, u"--otx-url"_s, otx.toString()});
    });
    while (!future.isFinished()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return future.result();
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype index =
            std::min<qsizetype>(values.size() - 1, static_cast<qsizetype>(p * values.size()));
    return values[index];
}

void filterLatency(const DatabaseConfig &config, int pulses)
{
    ScopedConnection connection(config, u"bench-browser"_s);
    if (!connection.ok()) {
        std::printf("filter: cannot open the store: %s\n", qPrintable(connection.error().text()));
        return;
    }
    PulseTableModel model(connection.db());
    // What an analyst types and picks: words, a TLP, a tag, an adversary, an ATT&CK id, an
    // indicator value, a date range, and clearing the filter.
    QList<PulseFilter> filters;
    const QStringList kinds = {u"text"_s,
                               u"tag"_s,
                               u"tlp"_s,
                               u"adversary"_s,
                               u"attack id"_s,
                               u"indicator value"_s,
                               u"date range"_s,
                               u"none"_s};
    for (int i = 0; i < 10; ++i) {
        PulseFilter text;
        text.text = u"campaign %1"_s.arg((i * 97) % pulses);
        filters.append(text);
        PulseFilter tag;
        tag.tag = u"tag%1"_s.arg(i * 7 % 100);
        filters.append(tag);
        PulseFilter tlp;
        tlp.tlp = i % 2 ? u"amber"_s : u"green"_s;
        filters.append(tlp);
        PulseFilter adversary;
        adversary.adversary = u"APT %1"_s.arg(i * 3 % 40);
        filters.append(adversary);
        PulseFilter attack;
        attack.attackId = u"T1%1"_s.arg(i * 11 % 600, 3, 10, QChar(u'0'));
        filters.append(attack);
        PulseFilter value;
        const QJsonObject pulse = SyntheticPulses::pulse((i * 131) % pulses, 3);
        value.text = pulse[u"indicators"_s][1][u"indicator"_s].toString();
        filters.append(value);
        PulseFilter range;
        const qint64 base = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        range.modifiedFromMs = base + qint64(i) * 60000 * (pulses / 10);
        range.modifiedToMs = *range.modifiedFromMs + qint64(pulses / 20) * 60000;
        filters.append(range);
        filters.append(PulseFilter{});
    }
    QList<double> ms;
    QMap<QString, QList<double>> byKind;
    for (const PulseFilter &filter : std::as_const(filters)) {
        QElapsedTimer timer;
        timer.start();
        model.setFilter(filter);
        // What the view shows first: the first batch of rows, painted.
        const int rows = model.rowCount();
        for (int r = 0; r < std::min(rows, 50); ++r) {
            model.data(model.index(r, 0));
        }
        ms.append(timer.nsecsElapsed() / 1e6);
        byKind[kinds[(ms.size() - 1) % kinds.size()]].append(ms.last());
    }
    std::printf("filter over %d pulses: %lld filters, p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
                pulses,
                static_cast<long long>(ms.size()),
                percentile(ms, 0.50),
                percentile(ms, 0.95),
                *std::max_element(ms.cbegin(), ms.cend()));
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        std::printf("    %-16s p50 %6.1f ms, max %6.1f ms\n",
                    qPrintable(it.key()),
                    percentile(it.value(), 0.5),
                    *std::max_element(it.value().cbegin(), it.value().cend()));
    }
}

// Builds a browsing-size store directly through PulseStore (no HTTP): `pulses` pulses with
// `perPulse` indicators each, then measures the filter over it.
void browserStore(const DatabaseConfig &config, int pulses, int perPulse)
{
    QElapsedTimer timer;
    timer.start();
    if (const QString error = SyntheticStore::write(config, 0, pulses, perPulse);
        !error.isEmpty()) {
        std::printf("browser store: %s\n", qPrintable(error));
        return;
    }
    std::printf("browser store: %d pulses x %d indicators = %lld links, built in %.0f s\n",
                pulses,
                perPulse,
                static_cast<long long>(qint64(pulses) * perPulse),
                timer.elapsed() / 1000.0);
    filterLatency(config, pulses);
}

// Syncs the synthetic corpus through `otxdesk sync` into SQLite and Postgres (when given), then
// times the browser's filter. False when a sync failed.
bool syncBench(const QString &binary,
               int pulses,
               int perPulse,
               const QString &postgres,
               const QTemporaryDir &work)
{
    QElapsedTimer generation;
    generation.start();
    QList<QJsonObject> corpus;
    corpus.reserve(pulses);
    for (int i = 0; i < pulses; ++i) {
        corpus.append(SyntheticPulses::pulse(i, perPulse));
    }
    FakeOtxServer fake;
    fake.setPulses(corpus);
    corpus.clear();
    fake.setApiKey(BENCH_KEY);
    fake.setReplyCacheEnabled(true);
    if (fake.listen() == 0) {
        std::fputs("The fake OTX server could not listen on 127.0.0.1.\n", stderr);
        return false;
    }
    const qint64 indicatorRows = qint64(pulses) * perPulse;
    std::printf("corpus: %d pulses x %d indicators = %lld indicator rows (generated in %.1f s)\n",
                pulses,
                perPulse,
                static_cast<long long>(indicatorRows),
                generation.elapsed() / 1000.0);

    // Warm-up: fills the fake's reply cache (and the OS page cache with the binary).
    const Measured warm =
            syncOnce(binary, u"sqlite:"_s + work.filePath(u"warm.sqlite"_s), fake.baseUrl());
    if (warm.exitCode != 0) {
        std::fputs("The warm-up sync failed; see its output above.\n", stderr);
        return false;
    }

    DatabaseConfig sqlite;
    sqlite.sqlitePath = work.filePath(u"bench.sqlite"_s);
    QList<std::pair<QString, QString>> targets = {{u"SQLite"_s, u"sqlite:"_s + sqlite.sqlitePath}};
    if (!postgres.isEmpty()) {
        auto config = DatabaseConfig::fromUrl(postgres);
        if (config) {
            ScopedConnection reset(config.value(), u"bench-reset"_s);
            if (reset.ok()) {
                QSqlQuery q(reset.db());
                q.exec(u"DROP SCHEMA public CASCADE"_s);
                q.exec(u"CREATE SCHEMA public"_s);
            }
        }
        targets.append({u"Postgres"_s, postgres});
    } else {
        std::printf("Postgres: skipped (no --postgres and no OTXDESK_TEST_POSTGRES)\n");
    }
    for (const auto &[name, database] : std::as_const(targets)) {
        const Measured m = syncOnce(binary, database, fake.baseUrl());
        if (m.exitCode != 0) {
            std::printf("%s: the sync failed (exit %d)\n", qPrintable(name), m.exitCode);
            continue;
        }
        std::printf("sync into %s: %.1f s, %.0f indicators/s, peak RSS %.1f MB\n",
                    qPrintable(name),
                    m.seconds,
                    indicatorRows / m.seconds,
                    m.peakRssKb / 1024.0);
    }
    filterLatency(sqlite, pulses);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--measure-child") == 0) {
        QStringList arguments;
        for (int i = 3; i < argc; ++i) {
            arguments.append(QString::fromLocal8Bit(argv[i]));
        }
        const Measured m = Measure::run(QString::fromLocal8Bit(argv[2]), arguments);
        std::printf("%d %.3f %ld %.3f\n", m.exitCode, m.seconds, m.peakRssKb, m.cpuSeconds);
        return 0;
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures in order with the children's output
    // The export part drives a real main window; without a display it is drawn offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"otxdesk sync, browser and MISP export benchmark"_s);
    parser.addHelpOption();
    parser.addOptions({
            {u"otxdesk"_s, u"Path of the otxdesk binary."_s, u"PATH"_s},
            {u"pulses"_s,
             u"Synthetic pulses to sync (default 1000; 0: skip)."_s,
             u"N"_s,
             u"1000"_s},
            {u"indicators"_s, u"Indicators per pulse (default 1000)."_s, u"M"_s, u"1000"_s},
            {u"browser-pulses"_s,
             u"Also build a store of N pulses (directly, no HTTP) and time the filter over it "
             "(0: skip; the issue's browsing size is 100000)."_s,
             u"N"_s,
             u"0"_s},
            {u"browser-indicators"_s,
             u"Indicators per pulse in that store (default 50: 5,000,000 links at 100,000)."_s,
             u"M"_s,
             u"50"_s},
            {u"postgres"_s,
             u"Postgres URL to sync into (default: OTXDESK_TEST_POSTGRES; none: skip)."_s,
             u"URL"_s},
            {u"export-pulses"_s,
             u"Pulses to export to the fake MISP (default 100; 0: skip)."_s,
             u"N"_s,
             u"100"_s},
            {u"export-indicators"_s,
             u"Indicators per exported pulse (default 1000)."_s,
             u"M"_s,
             u"1000"_s},
            {u"export-big"_s,
             u"Indicators of the one big exported pulse (default 25000; 0: skip)."_s,
             u"M"_s,
             u"25000"_s},
            {u"enrich-indicators"_s,
             u"Indicators to enrich against the fake OTX (default 10000; 0: skip)."_s,
             u"N"_s,
             u"10000"_s},
            {u"enrich-per-minute"_s,
             u"Requests per minute configured per key (default 600)."_s,
             u"N"_s,
             u"600"_s},
    });
    parser.process(app);
    const QString binary = parser.value(u"otxdesk"_s);
    const int pulses = parser.value(u"pulses"_s).toInt();
    const int perPulse = parser.value(u"indicators"_s).toInt();
    QString postgres = parser.value(u"postgres"_s);
    if (postgres.isEmpty()) {
        postgres = qEnvironmentVariable("OTXDESK_TEST_POSTGRES");
    }
    if (binary.isEmpty() || pulses < 0 || perPulse <= 0) {
        std::fputs("Give --otxdesk PATH, --pulses 0 or more and positive --indicators.\n", stderr);
        return 2;
    }

    QTemporaryDir work;
    qputenv("HOME", work.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", work.filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", work.filePath(u"data"_s).toLocal8Bit());
    qputenv("OTXDESK_OTX_KEY", BENCH_KEY.toUtf8());

    bool ok = true;
    if (pulses > 0) {
        ok = syncBench(binary, pulses, perPulse, postgres, work) && ok;
    }
    if (const int browserPulses = parser.value(u"browser-pulses"_s).toInt(); browserPulses > 0) {
        DatabaseConfig big;
        big.sqlitePath = work.filePath(u"browser.sqlite"_s);
        browserStore(big, browserPulses, parser.value(u"browser-indicators"_s).toInt());
    }
    ExportBenchSizes exportSizes;
    exportSizes.pulses = parser.value(u"export-pulses"_s).toInt();
    exportSizes.perPulse = parser.value(u"export-indicators"_s).toInt();
    exportSizes.bigPulse = parser.value(u"export-big"_s).toInt();
    ok = ExportBench::run(binary, work.path(), exportSizes) && ok;
    EnrichBenchSizes enrichSizes;
    enrichSizes.indicators = parser.value(u"enrich-indicators"_s).toInt();
    enrichSizes.perMinute = parser.value(u"enrich-per-minute"_s).toInt();
    ok = EnrichBench::run(work.path(), enrichSizes) && ok;
    return ok ? 0 : 1;
}
