// MISP export benchmark: synthetic pulses exported to the in-process fake MISP, which answers
// from its own thread so that its work never counts against the exporter or the GUI thread.

#include "tests/bench/ExportBench.h"

#include "models/DatabaseConfig.h"
#include "services/AppSettings.h"
#include "services/SecretStore.h"
#include "tests/bench/FakeThread.h"
#include "tests/bench/Measure.h"
#include "tests/bench/SyntheticPulses.h"
#include "tests/bench/SyntheticStore.h"
#include "tests/support/FakeMispServer.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/MispExportPanel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// MISP keys are 40 alphanumeric characters; this one is the fake's only, and secret to no one.
const QString MISP_KEY = u"bench000000000000000000000000000000000ab"_s;
constexpr int STALL_TICK_MS = 5;
constexpr int STALL_LIMIT_MS = 50;

/// The fake MISP on its own thread, listening with the benchmark's key.
class ServerThread : public FakeThread<FakeMispServer>
{
public:
    ServerThread()
    {
        m_listening = call([](FakeMispServer &s) {
            s.setApiKey(MISP_KEY);
            return s.listen();
        });
        m_url = call([](FakeMispServer &s) { return s.baseUrl(); });
    }

    bool listening() const { return m_listening; }
    QUrl url() const { return m_url; }

    /// Attributes in all events, as MISP would list them.
    qint64 attributeCount()
    {
        return call([](FakeMispServer &s) {
            qint64 n = 0;
            for (const QJsonObject &event : s.events()) {
                n += event[u"Event"_s][u"Attribute"_s].toArray().size();
            }
            return n;
        });
    }

    /// Requests that would change something on the server, since the last clearRequests().
    int writeRequests()
    {
        return call([](FakeMispServer &s) {
            return s.requestCount(u"POST"_s, u"/events/add"_s)
                   + s.requestCount(u"POST"_s, u"/events/edit"_s)
                   + s.requestCount(u"POST"_s, u"/attributes/add"_s)
                   + s.requestCount(u"POST"_s, u"/tags/removeTagFromObject"_s);
        });
    }

    void clearRequests()
    {
        call([](FakeMispServer &s) { s.clearRequests(); });
    }

private:
    bool m_listening = false;
    QUrl m_url;
};

/// What MISP should hold after pulses first … first + count − 1 are exported, worked out from
/// the synthetic pulses alone: one attribute per distinct (type, value) indicator, plus the
/// pulse's reference (a link) and description (a comment).
qint64 expectedAttributes(int first, int count, int perPulse)
{
    qint64 total = 0;
    for (int i = first; i < first + count; ++i) {
        const QJsonObject pulse = SyntheticPulses::pulse(i, perPulse);
        QSet<QString> distinct;
        for (const QJsonValue &indicator : pulse[u"indicators"_s].toArray()) {
            distinct.insert(indicator[u"type"_s].toString() + u'\n'
                            + indicator[u"indicator"_s].toString().toLower());
        }
        total += distinct.size() + 2;
    }
    return total;
}

/// The longest time the GUI thread's event loop went without serving a 5 ms timer.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(STALL_TICK_MS);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }

    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }

    void stop()
    {
        tick();
        m_timer.stop();
    }

    double longestMs() const { return m_longestNs / 1e6; }
    int overLimit() const { return m_overLimit; }
    qint64 ticks() const { return m_ticks; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 gap = now - m_last;
        m_last = now;
        ++m_ticks;
        m_longestNs = std::max(m_longestNs, gap);
        if (gap > qint64(STALL_LIMIT_MS) * 1000000) {
            ++m_overLimit;
        }
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestNs = 0;
    qint64 m_ticks = 0;
    int m_overLimit = 0;
};

/// Serves this thread's events for `ms` milliseconds, sleeping while there are none.
void serveEvents(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool copyStore(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

/// One export run: which binary, where to work, the store to export and what MISP must hold.
struct ExportRun
{
    QString otxdesk;
    QString workDir;
    QString store;
    QString label;
    qint64 expected = 0;
};

/// `otxdesk export-misp` of every pending pulse in the store, measured from outside.
bool exportThroughCli(const ExportRun &run, ServerThread &server)
{
    const QString &label = run.label;
    const qint64 expected = run.expected;
    const QStringList arguments = {u"export-misp"_s,
                                   u"--database"_s,
                                   u"sqlite:"_s + run.store,
                                   u"--misp-url"_s,
                                   server.url().toString()};
    const Measured first = Measure::throughLauncher(run.otxdesk, arguments);
    const qint64 inMisp = server.attributeCount();
    if (first.exitCode != 0) {
        std::printf("%s: export-misp failed (exit %d)\n", qPrintable(label), first.exitCode);
        return false;
    }
    std::printf("export-misp %s: %lld attributes in %.1f s, %.0f attributes/s, peak RSS %.1f MB, "
                "%.1f s CPU in otxdesk (the rest is the fake MISP's)\n",
                qPrintable(label),
                static_cast<long long>(inMisp),
                first.seconds,
                inMisp / first.seconds,
                first.peakRssKb / 1024.0,
                first.cpuSeconds);
    bool ok = true;
    if (inMisp != expected) {
        std::printf("    MISP holds %lld attributes, %lld expected\n",
                    static_cast<long long>(inMisp),
                    static_cast<long long>(expected));
        ok = false;
    }

    server.clearRequests();
    const Measured again = Measure::throughLauncher(run.otxdesk, arguments);
    const int writes = server.writeRequests();
    std::printf("    rerun: %.2f s, %d requests that change MISP (0 expected), peak RSS %.1f MB\n",
                again.seconds,
                writes,
                again.peakRssKb / 1024.0);
    return ok && again.exitCode == 0 && writes == 0 && server.attributeCount() == expected;
}

/// Export all waiting, clicked in the MISP export panel of a real main window (offscreen),
/// with the stall meter running from the click until the panel has shown the results.
bool exportThroughPanel(const ExportRun &run, ServerThread &server)
{
    const QString &label = run.label;
    const qint64 expected = run.expected;
    AppSettings settings(QDir(run.workDir).filePath(u"panel-%1.ini"_s.arg(label)));
    settings.setSchedulerActive(false);
    DatabaseConfig database;
    database.sqlitePath = run.store;
    settings.setDatabase(database);
    settings.setMispBaseUrl(server.url());
    MemorySecretStore secrets;
    secrets.write(SecretKeys::MispApiKey, MISP_KEY);
    QThreadPool pool;

    MainWindow window(settings, secrets, pool, database);
    window.resize(1280, 800);
    window.show();
    window.showPanel(MainWindow::Panel::MispExport);
    MispExportPanel *panel = window.mispExportPanel();
    serveEvents(1000); // the window settles: first paint, the panel's table, its server check

    StallMeter meter;
    QEventLoop loop;
    QString summary;
    QObject::connect(panel, &MispExportPanel::exportFinished, &loop, [&](const QString &text) {
        summary = text;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    meter.start();
    QTimer::singleShot(0, panel, &MispExportPanel::exportAllPending);
    loop.exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    serveEvents(500); // what follows the end on screen (table and counts refreshed) counts too
    meter.stop();
    pool.waitForDone();

    const qint64 inMisp = server.attributeCount();
    std::printf("panel %s: %lld attributes in %.1f s, %.0f attributes/s; longest GUI stall "
                "%.1f ms over %lld ticks of %d ms, %d over %d ms\n",
                qPrintable(label),
                static_cast<long long>(inMisp),
                seconds,
                inMisp / seconds,
                meter.longestMs(),
                static_cast<long long>(meter.ticks()),
                STALL_TICK_MS,
                meter.overLimit(),
                STALL_LIMIT_MS);
    std::printf("    panel said: %s\n", qPrintable(summary));
    if (inMisp != expected) {
        std::printf("    MISP holds %lld attributes, %lld expected\n",
                    static_cast<long long>(inMisp),
                    static_cast<long long>(expected));
        return false;
    }
    return true;
}

} // namespace

namespace ExportBench {

bool run(const QString &otxdesk, const QString &workDir, const ExportBenchSizes &sizes)
{
    Dialogs::setTestMode(true); // a dialog would wait for a click that never comes
    qputenv("OTXDESK_MISP_KEY", MISP_KEY.toUtf8());
    const QDir dir(workDir);
    struct Part
    {
        QString label;
        int first;
        int count;
        int perPulse;
    };
    QList<Part> parts;
    if (sizes.pulses > 0 && sizes.perPulse > 0) {
        parts.append({u"%1x%2"_s.arg(sizes.pulses).arg(sizes.perPulse),
                      0,
                      sizes.pulses,
                      sizes.perPulse});
    }
    if (sizes.bigPulse > 0) {
        // An index of its own, so its pulse id and values differ from the others'.
        parts.append({u"1x%1"_s.arg(sizes.bigPulse), 1000000, 1, sizes.bigPulse});
    }
    bool ok = true;
    for (const Part &part : std::as_const(parts)) {
        const QString base = dir.filePath(u"export-%1.sqlite"_s.arg(part.label));
        QElapsedTimer build;
        build.start();
        DatabaseConfig config;
        config.sqlitePath = base;
        if (const QString error =
                    SyntheticStore::write(config, part.first, part.count, part.perPulse);
            !error.isEmpty()) {
            std::printf("export store %s: %s\n", qPrintable(part.label), qPrintable(error));
            return false;
        }
        const qint64 expected = expectedAttributes(part.first, part.count, part.perPulse);
        std::printf("export store %s: %lld attributes expected in MISP (built in %.1f s)\n",
                    qPrintable(part.label),
                    static_cast<long long>(expected),
                    build.elapsed() / 1000.0);

        // Each way of exporting starts from the same store and an empty MISP.
        for (const auto &[way, exporter] :
             {std::pair{u"cli"_s, &exportThroughCli}, std::pair{u"panel"_s, &exportThroughPanel}}) {
            ServerThread server;
            const QString store = dir.filePath(u"%1-%2.sqlite"_s.arg(way, part.label));
            if (!server.listening() || !copyStore(base, store)) {
                std::printf("export %s: no fake MISP or no copy of the store\n",
                            qPrintable(part.label));
                return false;
            }
            ok = exporter({otxdesk, workDir, store, part.label, expected}, server) && ok;
        }
    }
    return ok;
}

} // namespace ExportBench
