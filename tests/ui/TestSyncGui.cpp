#include "models/Database.h"
#include "models/PulseTableModel.h"
#include "services/AppSettings.h"
#include "services/SecretStore.h"
#include "tests/support/ExpectedCorpus.h"
#include "tests/support/FakeOtxServer.h"
#include "tests/support/Fixtures.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace {

const QString TEST_KEY = u"0000000000000000000000000000000000000000000000000000000000000004"_s;

} // namespace

// End to end, offscreen: the analyst presses Sync now against the fake OTX server and browses
// the result; expected rows come from the fixture JSON the fake serves.
class TestSyncGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void syncNowFillsTheBrowser();
};

void TestSyncGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setTestMode(true);
}

void TestSyncGui::syncNowFillsTheBrowser()
{
    OTXDESK_REQUIRE_FIXTURES();
    FakeOtxServer fake;
    fake.setApiKey(TEST_KEY);
    QVERIFY(fake.loadFixtureCorpus());
    QVERIFY(fake.listen() != 0);
    const ExpectedCounts expected = ExpectedCorpus::expectedFor(fake.pulses());

    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setSchedulerActive(false); // no scheduled job may start mid-test
    settings.setOtxBaseUrl(fake.baseUrl());
    DatabaseConfig database;
    database.sqlitePath = dir.filePath(u"gui.sqlite"_s);
    settings.setDatabase(database);
    {
        ScopedConnection migrate(database, u"test-migrate"_s, true);
        QVERIFY(migrate.ok());
    }
    MemorySecretStore secrets;
    QVERIFY(secrets.write(SecretKeys::OtxApiKey, TEST_KEY));
    QThreadPool pool;

    {
        MainWindow window(settings, secrets, pool, database);
        window.setSyncOptionsOverride([](SyncOptions &options) {
            options.otx.backoffBaseMs = 20;
            options.pageSize = 5;
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *table = window.findChild<QTableView *>(u"pulseTable"_s);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 0);

        auto *syncNow = window.findChild<QAction *>(u"syncNowAction"_s);
        QVERIFY(syncNow);
        QVERIFY(syncNow->isEnabled());
        QSignalSpy finished(&window, &MainWindow::syncFinished);
        syncNow->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto outcome = finished.first().first().value<SyncOutcome>();
        QCOMPARE(outcome.status, SyncStatus::Completed);
        QTRY_VERIFY(syncNow->isEnabled());

        // Every stored pulse is in the browser.
        auto *model = table->model();
        while (model->canFetchMore({})) {
            model->fetchMore({});
        }
        QTRY_COMPARE(model->rowCount(), expected.pulses);
        QVERIFY(window.statusBar()->currentMessage().contains(u"completed"_s, Qt::CaseInsensitive));

        // The TLP filter: the expected rows are counted from the JSON the fake served.
        int green = 0;
        for (const QJsonObject &p : fake.pulses()) {
            const QString tlp =
                    p.contains(u"tlp"_s) ? p[u"tlp"_s].toString() : p[u"TLP"_s].toString();
            green += tlp.compare(u"green"_s, Qt::CaseInsensitive) == 0 ? 1 : 0;
        }
        QVERIFY(green > 0 && green < expected.pulses);
        auto *tlpCombo = window.findChild<QComboBox *>(u"tlpCombo"_s);
        QVERIFY(tlpCombo);
        int index = tlpCombo->findData(u"green"_s);
        if (index < 0) {
            index = tlpCombo->findText(u"green"_s, Qt::MatchFixedString);
        }
        QVERIFY(index >= 0);
        tlpCombo->setCurrentIndex(index);
        QTRY_COMPARE(model->rowCount(), green);
    }
    QVERIFY(Dialogs::takeShown().isEmpty()); // no surprise dialog on the way
}

QTEST_MAIN(TestSyncGui)
#include "TestSyncGui.moc"
