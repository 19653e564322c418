#include "models/Database.h"
#include "models/PulseIndicatorModel.h"
#include "models/PulseStore.h"
#include "models/PulseTableModel.h"
#include "models/SyncHistoryModel.h"
#include "services/AppSettings.h"
#include "services/SecretStore.h"
#include "tests/models/ModelFixtures.h"
#include "ui/Dialogs.h"
#include "ui/JobsView.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int PULSE_COUNT = 300;

/// A keychain that is never reachable, as on a desktop without a Secret Service.
class UnavailableSecretStore : public SecretStore
{
public:
    Result<QString> read(const QString &) override { return unavailable(); }
    Result<void> write(const QString &, const QString &) override { return unavailable(); }
    Result<void> remove(const QString &) override { return unavailable(); }
    QString description() const override { return u"the OS keychain"_s; }

private:
    static Error unavailable()
    {
        return Error{u"The OS keychain is not available (no Secret Service on D-Bus)."_s,
                     u"org.freedesktop.secrets was not provided by any .service files"_s,
                     SecretError::Unavailable};
    }
};

/// An OTX stand-in on 127.0.0.1 that either hangs up at once or never answers.
class SilentServer : public QTcpServer
{
public:
    explicit SilentServer(bool hangUp)
        : m_hangUp(hangUp)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                if (m_hangUp) {
                    socket->close();
                    socket->deleteLater();
                }
            }
        });
    }

private:
    bool m_hangUp;
};

template <typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found) {
        qWarning("No %s named %s", T::staticMetaObject.className(), qPrintable(name));
    }
    return found;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aboutNamesTheDatabase();

    void hasPanelsAndActions();
    void navigationSwitchesPanels();
    void filterNarrowsTheTable();
    void selectingAPulseShowsItsDetails();
    void syncWithoutKeyPointsToSettings();
    void fetchPulseRejectsABadId();
    void failedSyncEndsWithASummary();
    void cancelStopsARunningSync();
    void savesTheKeyInTheSecretStore();
    void withoutKeychainKeepsTheKeyForTheSession();
    void testConnectionReportsTheDatabase();
    void remembersStateBetweenRuns();

private:
    void createWindow(SecretStore &secrets);
    void useServer(QTcpServer &server);
    QStringList expectedIds(const PulseFilter &filter) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    MemorySecretStore m_secrets;
    QThreadPool m_pool;
    DatabaseConfig m_config;
    QList<Pulse> m_pulses;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_pulses = ModelFixtures::pulses(PULSE_COUNT);
}

void TestMainWindow::init()
{
    Dialogs::setTestMode(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(u"otxdesk.ini"_s));
    m_settings->setSchedulerActive(false); // no scheduled job may start mid-test
    m_config = DatabaseConfig{};
    m_config.sqlitePath = m_dir->filePath(u"otxdesk.sqlite"_s);
    m_settings->setDatabase(m_config);
    {
        ScopedConnection connection(m_config, u"test-fill"_s, true);
        QVERIFY2(connection.ok(), qPrintable(connection.error().text()));
        PulseStore store(connection.db());
        QVERIFY(ModelFixtures::writeAll(store, m_pulses));
    }
    m_secrets.remove(SecretKeys::OtxApiKey);
    createWindow(m_secrets);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_pool.waitForDone();
    m_settings.reset();
    m_dir.reset();
    Dialogs::setTestMode(false);
}

void TestMainWindow::createWindow(SecretStore &secrets)
{
    m_window.reset();
    m_pool.waitForDone();
    m_window = std::make_unique<MainWindow>(*m_settings, secrets, m_pool, m_config);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::useServer(QTcpServer &server)
{
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(server.serverPort()));
    m_window->setSyncOptionsOverride([url](SyncOptions &options) {
        options.otx.baseUrl = url;
        options.otx.maxRetries = 0;
        options.otx.timeoutMs = 30000;
    });
}

QStringList TestMainWindow::expectedIds(const PulseFilter &filter) const
{
    QStringList ids;
    for (const Pulse &p : m_pulses) {
        if (ModelFixtures::matches(p, filter)) {
            ids << p.otxId;
        }
    }
    ids.sort();
    return ids;
}

void TestMainWindow::aboutNamesTheDatabase()
{
    Dialogs::takeShown();
    child<QAction>(m_window.get(), u"aboutAction"_s)->trigger();
    const auto shown = Dialogs::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().text.contains(m_config.displayName()), qPrintable(shown.first().text));
}

void TestMainWindow::hasPanelsAndActions()
{
    auto *navigation = child<QListWidget>(m_window.get(), u"navigation"_s);
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 6);
    auto *panels = child<QStackedWidget>(m_window.get(), u"panels"_s);
    QVERIFY(panels);
    QCOMPARE(panels->count(), 6);
    for (const QString &name : {u"pulseBrowser"_s,
                                u"syncHistoryPanel"_s,
                                u"mispExportPanel"_s,
                                u"enrichmentPanel"_s,
                                u"overviewPanel"_s,
                                u"settingsPanel"_s}) {
        QVERIFY2(m_window->findChild<QWidget *>(name), qPrintable(name));
    }
    const QList<std::pair<QString, QKeySequence>> actions = {
            {u"syncNowAction"_s, QKeySequence(u"Ctrl+R"_s)},
            {u"searchAction"_s, QKeySequence(u"Ctrl+Shift+F"_s)},
            {u"fetchPulseAction"_s, QKeySequence(u"Ctrl+Shift+P"_s)},
            {u"settingsAction"_s, QKeySequence(u"Ctrl+,"_s)},
            {u"quitAction"_s, QKeySequence(u"Ctrl+Q"_s)},
    };
    for (const auto &[name, shortcut] : actions) {
        auto *action = child<QAction>(m_window.get(), name);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), shortcut);
        QVERIFY(!action->text().isEmpty());
    }
    QVERIFY(child<JobsView>(m_window.get(), u"jobsView"_s));
    QVERIFY(child<QTableView>(m_window.get(), u"pulseTable"_s));
    QVERIFY(child<QTableView>(m_window.get(), u"indicatorTable"_s));
    QVERIFY(child<QTableView>(m_window.get(), u"historyTable"_s));
    QVERIFY(child<QWidget>(m_window.get(), u"PulseDetailView"_s));
    QVERIFY(child<QPushButton>(m_window.get(), u"testConnectionButton"_s));
    auto *filter = child<QLineEdit>(m_window.get(), u"filterEdit"_s);
    QVERIFY(filter);
    QVERIFY(filter->placeholderText().contains(u"exact"_s));
    // The history shows the run that wrote the fixture pulses.
    QCOMPARE(child<QTableView>(m_window.get(), u"historyTable"_s)->model()->rowCount(), 1);
}

void TestMainWindow::navigationSwitchesPanels()
{
    auto *navigation = child<QListWidget>(m_window.get(), u"navigation"_s);
    auto *panels = child<QStackedWidget>(m_window.get(), u"panels"_s);
    navigation->setCurrentRow(1);
    QCOMPARE(panels->currentWidget()->objectName(), u"syncHistoryPanel"_s);
    child<QAction>(m_window.get(), u"settingsAction"_s)->trigger();
    QCOMPARE(m_window->currentPanel(), MainWindow::Panel::Settings);
    QCOMPARE(panels->currentWidget()->objectName(), u"settingsPanel"_s);
    navigation->setCurrentRow(4);
    QCOMPARE(panels->currentWidget()->objectName(), u"overviewPanel"_s);
    QVERIFY(panels->currentWidget()->findChild<QLabel *>(u"overviewCard-pulses"_s));
    m_window->showPanel(MainWindow::Panel::Pulses);
    QCOMPARE(navigation->currentRow(), 0);
}

void TestMainWindow::filterNarrowsTheTable()
{
    auto *table = child<QTableView>(m_window.get(), u"pulseTable"_s);
    auto *model = qobject_cast<PulseTableModel *>(table->model());
    QVERIFY(model);
    QCOMPARE(model->rowCount(), std::min(PULSE_COUNT, PulseTableModel::BATCH_SIZE));

    auto *filter = child<QLineEdit>(m_window.get(), u"filterEdit"_s);
    filter->setFocus();
    QTest::keyClicks(filter, u"emotet loader 00"_s);
    const QStringList byText = expectedIds({.text = u"emotet loader 00"_s});
    QVERIFY(!byText.isEmpty());
    QTRY_COMPARE(model->rowCount(), byText.size());

    QTest::keyClicks(child<QLineEdit>(m_window.get(), u"adversaryEdit"_s), u"lazarus"_s);
    const QStringList both =
            expectedIds({.text = u"emotet loader 00"_s, .adversary = u"lazarus"_s});
    QVERIFY(!both.isEmpty() && both.size() < byText.size());
    QTRY_COMPARE(model->rowCount(), both.size());
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row) {
        shown << model->index(row, 0).data(PulseTableModel::OtxIdRole).toString();
    }
    shown.sort();
    QCOMPARE(shown, both);
    QVERIFY(child<QLabel>(m_window.get(), u"pulseCountLabel"_s)
                    ->text()
                    .contains(QString::number(both.size())));

    // An indicator value finds its pulses, as typed by an analyst.
    child<QLineEdit>(m_window.get(), u"adversaryEdit"_s)->clear();
    filter->clear();
    QTest::keyClicks(filter, u"host12"_s);
    QTRY_COMPARE(model->rowCount(), expectedIds({.text = u"host12"_s}).size());

    child<QPushButton>(m_window.get(), u"clearFiltersButton"_s)->click();
    QCOMPARE(filter->text(), QString());
    QCOMPARE(child<QLineEdit>(m_window.get(), u"adversaryEdit"_s)->text(), QString());
    QTRY_COMPARE(model->rowCount(), std::min(PULSE_COUNT, PulseTableModel::BATCH_SIZE));
}

void TestMainWindow::selectingAPulseShowsItsDetails()
{
    auto *table = child<QTableView>(m_window.get(), u"pulseTable"_s);
    auto *model = qobject_cast<PulseTableModel *>(table->model());
    const Pulse &want = m_pulses.at(30); // has references, tags, an MD5 and a shared domain
    child<QLineEdit>(m_window.get(), u"filterEdit"_s)->setText(want.otxId);
    QTRY_COMPARE(model->rowCount(), 1);
    table->selectRow(0);

    auto *text = child<QTextBrowser>(m_window.get(), u"pulseDetailText"_s);
    QTRY_VERIFY(text->toPlainText().contains(want.name));
    QVERIFY(text->toPlainText().contains(want.references.first()));
    QVERIFY(text->toHtml().contains(u"href=\"https://example.com/report/30\""_s));
    QVERIFY(!text->toHtml().contains(u"href=\"not a link"_s));
    QVERIFY(text->toHtml().contains(u"https://attack.mitre.org/techniques/T1566/001/"_s));

    auto *indicators = child<QTableView>(m_window.get(), u"indicatorTable"_s);
    QCOMPARE(indicators->model()->rowCount(), want.indicators.size());
    auto *types = child<QComboBox>(m_window.get(), u"indicatorTypeCombo"_s);
    QCOMPARE(types->count(), 1 + 3); // all, domain, FileHash-MD5, IPv4
    types->setCurrentIndex(types->findData(u"domain"_s));
    emit types->activated(types->currentIndex());
    QCOMPARE(indicators->model()->rowCount(), 2);

    indicators->selectAll();
    child<QPushButton>(m_window.get(), u"copyIndicatorsButton"_s)->click();
    QStringList domains;
    for (const PulseIndicator &ind : want.indicators) {
        if (ind.type == u"domain"_s) {
            domains << ind.value;
        }
    }
    domains.sort();
    QCOMPARE(QApplication::clipboard()->text(), domains.join(u'\n'));
    // Ctrl+C in the table copies the same values.
    QApplication::clipboard()->clear();
    indicators->setFocus();
    QTest::keySequence(indicators, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), domains.join(u'\n'));

    Dialogs::takeOpenedUrls();
    child<QPushButton>(m_window.get(), u"openInOtxButton"_s)->click();
    QCOMPARE(Dialogs::takeOpenedUrls(),
             QList<QUrl>{QUrl(u"https://otx.alienvault.com/pulse/"_s + want.otxId)});
}

void TestMainWindow::syncWithoutKeyPointsToSettings()
{
    QSignalSpy started(m_window.get(), &MainWindow::syncStarted);
    Dialogs::setTestAnswer(true); // "Open Settings"
    child<QAction>(m_window.get(), u"syncNowAction"_s)->trigger();
    QTRY_COMPARE(m_window->currentPanel(), MainWindow::Panel::Settings);
    const auto shown = Dialogs::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first().text.contains(u"Settings"_s));
    QCOMPARE(started.size(), 0);
    QCOMPARE(child<JobsView>(m_window.get(), u"jobsView"_s)->jobCount(), 0);
    QVERIFY(child<QAction>(m_window.get(), u"syncNowAction"_s)->isEnabled());
}

void TestMainWindow::fetchPulseRejectsABadId()
{
    QSignalSpy started(m_window.get(), &MainWindow::syncStarted);
    Dialogs::setTestAnswer(u"not-a-pulse"_s);
    child<QAction>(m_window.get(), u"fetchPulseAction"_s)->trigger();
    QList<Dialogs::Shown> shown;
    QTRY_VERIFY((shown += Dialogs::takeShown()).size() == 2); // the question, then the warning
    QCOMPARE(shown.at(1).kind, Dialogs::Kind::Warning);
    QVERIFY(shown.at(1).text.contains(u"not-a-pulse"_s));
    QCOMPARE(started.size(), 0);
}

void TestMainWindow::failedSyncEndsWithASummary()
{
    SilentServer server(true);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    useServer(server);
    QVERIFY(m_secrets.write(SecretKeys::OtxApiKey, u"test-key"_s));
    QSignalSpy started(m_window.get(), &MainWindow::syncStarted);
    QSignalSpy finished(m_window.get(), &MainWindow::syncFinished);
    // What the window shows the moment the sync starts (it may fail quickly after).
    bool busyAtStart = false;
    bool syncNowEnabledAtStart = true;
    connect(m_window.get(), &MainWindow::syncStarted, this, [&] {
        busyAtStart = m_window->isSyncBusy();
        syncNowEnabledAtStart = child<QAction>(m_window.get(), u"syncNowAction"_s)->isEnabled();
    });

    // A pulse page address is accepted as an id.
    Dialogs::setTestAnswer(u"https://otx.alienvault.com/pulse/57204e9b3c4c3e015d93cb12"_s);
    child<QAction>(m_window.get(), u"fetchPulseAction"_s)->trigger();
    QTRY_COMPARE(started.size(), 1);
    QVERIFY(busyAtStart);
    QVERIFY(!syncNowEnabledAtStart);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const auto outcome = finished.first().first().value<SyncOutcome>();
    QCOMPARE(outcome.status, SyncStatus::Failed);
    QCOMPARE(m_window->statusBar()->currentMessage(), PulseSyncService::summary(outcome));
    QVERIFY(child<QAction>(m_window.get(), u"syncNowAction"_s)->isEnabled());
    QTRY_COMPARE(child<JobsView>(m_window.get(), u"jobsView"_s)->jobCount(), 0);
    // The failed run is in the history, newest first.
    auto *history = child<QTableView>(m_window.get(), u"historyTable"_s)->model();
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(history->index(0, SyncHistoryModel::Status)
                     .data(SyncHistoryModel::RawValueRole)
                     .toString(),
             SyncStatus::Failed);
}

void TestMainWindow::cancelStopsARunningSync()
{
    SilentServer server(false);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    useServer(server);
    QVERIFY(m_secrets.write(SecretKeys::OtxApiKey, u"test-key"_s));
    QSignalSpy finished(m_window.get(), &MainWindow::syncFinished);
    child<QAction>(m_window.get(), u"syncNowAction"_s)->trigger();
    auto *jobs = child<JobsView>(m_window.get(), u"jobsView"_s);
    QTRY_COMPARE(jobs->jobCount(), 1);
    auto *cancel = child<QPushButton>(jobs, u"cancelJobButton"_s);
    QVERIFY(cancel);
    // A second sync cannot start while this one runs.
    QVERIFY(!child<QAction>(m_window.get(), u"searchAction"_s)->isEnabled());
    cancel->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().first().value<SyncOutcome>().status, SyncStatus::Cancelled);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"cancelled"_s));
    QTRY_COMPARE(jobs->jobCount(), 0);
    QVERIFY(!m_window->isSyncBusy());
}

void TestMainWindow::savesTheKeyInTheSecretStore()
{
    m_window->showPanel(MainWindow::Panel::Settings);
    auto *key = child<QLineEdit>(m_window.get(), u"otxKeyEdit"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    key->setText(u"0123abcd"_s);
    child<QPushButton>(m_window.get(), u"saveSettingsButton"_s)->click();
    QTRY_COMPARE(m_secrets.read(SecretKeys::OtxApiKey).ok(), true);
    QCOMPARE(m_secrets.read(SecretKeys::OtxApiKey).value(), u"0123abcd"_s);
    QCOMPARE(key->text(), QString());
    QTRY_VERIFY(child<QLabel>(m_window.get(), u"settingsStatusLabel"_s)
                        ->text()
                        .contains(m_secrets.description()));
    // The key never reaches the settings file.
    m_settings->raw().sync();
    QFile ini(m_dir->filePath(u"otxdesk.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("0123abcd"));
}

void TestMainWindow::withoutKeychainKeepsTheKeyForTheSession()
{
    UnavailableSecretStore keychain;
    createWindow(keychain);
    SilentServer server(true);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    useServer(server);
    m_window->showPanel(MainWindow::Panel::Settings);
    child<QLineEdit>(m_window.get(), u"otxKeyEdit"_s)->setText(u"session-key"_s);
    Dialogs::setTestAnswer(true); // "Use for this session only"
    child<QPushButton>(m_window.get(), u"saveSettingsButton"_s)->click();
    auto *status = child<QLabel>(m_window.get(), u"settingsStatusLabel"_s);
    QTRY_VERIFY(status->text().contains(u"session"_s));
    const auto shown = Dialogs::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first().text.contains(u"keychain"_s));

    QSignalSpy started(m_window.get(), &MainWindow::syncStarted);
    QSignalSpy finished(m_window.get(), &MainWindow::syncFinished);
    m_window->syncNow();
    QTRY_COMPARE(started.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    m_window.reset(); // before `keychain` goes
    m_pool.waitForDone();
}

void TestMainWindow::testConnectionReportsTheDatabase()
{
    m_window->showPanel(MainWindow::Panel::Settings);
    child<QPushButton>(m_window.get(), u"testConnectionButton"_s)->click();
    auto *label = child<QLabel>(m_window.get(), u"connectionStatusLabel"_s);
    QTRY_VERIFY(label->text().contains(u"Connected"_s));
    QVERIFY(label->text().contains(m_config.sqlitePath));
}

void TestMainWindow::remembersStateBetweenRuns()
{
    m_window->resize(1111, 777);
    child<QLineEdit>(m_window.get(), u"filterEdit"_s)->setText(u"wave"_s);
    auto *tlp = child<QComboBox>(m_window.get(), u"tlpCombo"_s);
    tlp->setCurrentIndex(tlp->findData(u"amber"_s));
    auto *table = child<QTableView>(m_window.get(), u"pulseTable"_s);
    table->sortByColumn(PulseTableModel::Name, Qt::AscendingOrder);
    table->horizontalHeader()->resizeSection(PulseTableModel::Author, 222);
    m_window->showPanel(MainWindow::Panel::History);
    m_window->close();

    createWindow(m_secrets);
    QCOMPARE(m_window->size(), QSize(1111, 777));
    QCOMPARE(m_window->currentPanel(), MainWindow::Panel::History);
    QCOMPARE(child<QLineEdit>(m_window.get(), u"filterEdit"_s)->text(), u"wave"_s);
    tlp = child<QComboBox>(m_window.get(), u"tlpCombo"_s);
    QCOMPARE(tlp->currentData().toString(), u"amber"_s);
    table = child<QTableView>(m_window.get(), u"pulseTable"_s);
    QCOMPARE(table->horizontalHeader()->sectionSize(PulseTableModel::Author), 222);
    auto *model = qobject_cast<PulseTableModel *>(table->model());
    QCOMPARE(model->sortColumn(), int(PulseTableModel::Name));
    QCOMPARE(model->filter().tlp, u"amber"_s);
    QCOMPARE(model->rowCount(), expectedIds({.text = u"wave"_s, .tlp = u"amber"_s}).size());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
