#include "models/Database.h"
#include "models/EnrichmentTableModel.h"
#include "models/KeyStore.h"
#include "models/PulseIndicatorModel.h"
#include "models/PulseStore.h"
#include "services/AppSettings.h"
#include "services/KeyRing.h"
#include "services/OtxParser.h"
#include "services/PulseSyncService.h"
#include "services/SecretStore.h"
#include "tests/support/FakeOtxServer.h"
#include "ui/Dialogs.h"
#include "ui/EnrichmentPanel.h"
#include "ui/KeysDialog.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

// Placeholders in the shape of OTX keys, not real keys.
const QString KEY_ONE = QString(63, u'0') + u'1';
const QString KEY_TWO = QString(63, u'0') + u'2';
const QString PULSE_ID = u"65aa000000000000000000aa"_s;

QJsonObject pulseJson(const QStringList &addresses)
{
    QJsonArray indicators;
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        indicators.append(QJsonObject{{u"id"_s, double(i + 1)},
                                      {u"type"_s, u"IPv4"_s},
                                      {u"indicator"_s, addresses[i]}});
    }
    return QJsonObject{{u"id"_s, PULSE_ID},
                       {u"name"_s, u"Scanners"_s},
                       {u"created"_s, u"2025-01-01T00:00:00"_s},
                       {u"modified"_s, u"2025-01-02T00:00:00"_s},
                       {u"revision"_s, 1},
                       {u"indicators"_s, indicators}};
}

} // namespace

// The Keys dialog and the Enrichment panel against the fake OTX, as an analyst uses them.
class TestEnrichmentGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keysDialogAddsTestsAndRemoves();
    void enrichAPulseAndReadTheResults();
};

void TestEnrichmentGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setTestMode(true);
}

void TestEnrichmentGui::keysDialogAddsTestsAndRemoves()
{
    FakeOtxServer otx;
    otx.setApiKeys({KEY_ONE});
    QVERIFY(otx.listen());
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setSchedulerActive(false); // no scheduled job may start mid-test
    settings.setOtxBaseUrl(otx.baseUrl());
    DatabaseConfig database;
    database.sqlitePath = dir.filePath(u"keys.sqlite"_s);
    {
        ScopedConnection c(database, u"migrate"_s, true);
        QVERIFY(c.ok());
    }
    MemorySecretStore secrets;
    QThreadPool pool;
    KeysDialog dialog(settings, secrets, pool, database);
    QSignalSpy done(&dialog, &KeysDialog::operationFinished);
    auto *table = dialog.findChild<QTableWidget *>(u"keysTable"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 0);

    dialog.addKeyWith(u"main"_s, KEY_ONE, 100, 600);
    QTRY_COMPARE(done.size(), 1);
    dialog.addKeyWith(u"spare"_s, KEY_TWO, 50, 600); // the fake does not know this one
    QTRY_COMPARE(done.size(), 2);
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(table->item(0, 0)->text().contains(u"primary"_s));
    QCOMPARE(secrets.read(SecretKeys::otxKey(u"main"_s)).value(), KEY_ONE);

    // Test both: one works, one is refused; the usage bar counts the test.
    table->selectRow(0);
    dialog.testKey();
    QTRY_COMPARE(done.size(), 3);
    table->selectRow(1);
    dialog.testKey();
    QTRY_COMPARE(done.size(), 4);
    QVERIFY(done.last().first().toString().contains(u"refused"_s));
    QCOMPARE(table->item(0, 3)->text(), KeysDialog::tr("Works"));
    QVERIFY(table->item(1, 3)->text().startsWith(KeysDialog::tr("Refused by OTX")));
    auto *bar = qobject_cast<QProgressBar *>(table->cellWidget(0, 1));
    QVERIFY(bar);
    QCOMPARE(bar->value(), 1);
    QCOMPARE(bar->maximum(), 100);
    QCOMPARE(otx.ledger(0).accepted, 1);

    // Remove the refused key (confirming), and its secret goes too.
    table->selectRow(1);
    Dialogs::setTestAnswer(true);
    dialog.removeKey();
    QTRY_COMPARE(done.size(), 5);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(secrets.read(SecretKeys::otxKey(u"spare"_s)).error().code, SecretError::NotFound);
    // No dialog text ever shows a secret.
    for (const auto &shown : Dialogs::takeShown()) {
        QVERIFY(!shown.text.contains(KEY_ONE) && !shown.detail.contains(KEY_TWO));
    }
}

void TestEnrichmentGui::enrichAPulseAndReadTheResults()
{
    FakeOtxServer otx;
    otx.setApiKeys({KEY_ONE});
    const QStringList addresses = {u"198.51.100.1"_s, u"198.51.100.2"_s, u"198.51.100.3"_s};
    otx.setPulses({pulseJson(addresses)});
    QVERIFY(otx.listen());
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setSchedulerActive(false); // no scheduled job may start mid-test
    settings.setOtxBaseUrl(otx.baseUrl());
    DatabaseConfig database;
    database.sqlitePath = dir.filePath(u"gui.sqlite"_s);
    settings.setDatabase(database);
    MemorySecretStore secrets;
    {
        ScopedConnection c(database, u"setup"_s, true);
        QVERIFY(c.ok());
        PulseStore store(c.db());
        auto run = store.startRun(u"pulse"_s, {}, u"test"_s, std::nullopt);
        QVERIFY(store.writePage({OtxParser::parsePulse(otx.pulses().first()).value()},
                                run.value()));
        QVERIFY(KeyStore(c.db()).add(u"main"_s, 9000, 600, 0));
        QVERIFY(secrets.write(SecretKeys::otxKey(u"main"_s), KEY_ONE));
    }
    QThreadPool pool;
    MainWindow window(settings, secrets, pool, database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPanel(MainWindow::Panel::Enrichment);
    EnrichmentPanel *panel = window.enrichmentPanel();
    QVERIFY(panel && panel->isVisible());
    panel->setOptionsOverride([](EnrichOptions &o) {
        o.sections[u"IPv4"_s] = {u"general"_s, u"geo"_s};
    });
    QVERIFY(panel->findChild<QLabel *>(u"enrichKeysLabel"_s)->text().contains(u"main"_s));

    // The Waiting tab lists what Enrich would take, with its priority; filters narrow it.
    auto *tabs = panel->findChild<QTabWidget *>(u"enrichTabs"_s);
    tabs->setCurrentIndex(1);
    auto *queue = panel->findChild<QTableView *>(u"enrichQueueTable"_s);
    QCOMPARE(queue->model()->rowCount(), 3);
    QCOMPARE(queue->model()->index(0, 2).data().toString(), EnrichmentPanel::tr("Pulse"));
    auto *priority = panel->findChild<QComboBox *>(u"queuePriorityFilter"_s);
    priority->setCurrentIndex(priority->findData(0)); // MISP High: none here
    QCOMPARE(queue->model()->rowCount(), 0);
    priority->setCurrentIndex(priority->findData(1));
    QCOMPARE(queue->model()->rowCount(), 3);
    tabs->setCurrentIndex(0);

    QSignalSpy finished(panel, &EnrichmentPanel::enrichmentFinished);
    // From the pulse browser: pick the pulse, press Enrich beside its indicators.
    window.showPanel(MainWindow::Panel::Pulses);
    auto *pulses = window.findChild<QTableView *>(u"pulseTable"_s);
    QTRY_COMPARE(pulses->model()->rowCount(), 1);
    pulses->selectRow(0);
    auto *enrichButton = window.findChild<QPushButton *>(u"enrichPulseButton"_s);
    QTRY_VERIFY(enrichButton->isEnabled());
    enrichButton->click();
    QCOMPARE(window.currentPanel(), MainWindow::Panel::Enrichment);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(!panel->isBusy());
    QVERIFY2(finished.first().first().toString().contains(u"3 enriched"_s),
             qPrintable(finished.first().first().toString()));
    QCOMPARE(otx.ledger(0).accepted, 6); // two sections each

    auto *table = panel->findChild<QTableView *>(u"enrichmentTable"_s);
    QCOMPARE(table->model()->rowCount(), 3);
    // Filter by value.
    panel->findChild<QLineEdit *>(u"enrichFilterText"_s)->setText(u".2"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, EnrichmentTableModel::Indicator).data().toString(),
             u"198.51.100.2"_s);
    QCOMPARE(table->model()->index(0, EnrichmentTableModel::Pulses).data().toInt(), 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    auto *tree = panel->findChild<QTreeWidget *>(u"enrichSectionsTree"_s);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QStringList sections;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        sections.append(tree->topLevelItem(i)->text(0));
    }
    QCOMPARE(sections, (QStringList{u"general"_s, u"geo"_s}));
    QVERIFY(tree->topLevelItem(0)->childCount() > 0);
    Dialogs::takeOpenedUrls();
    panel->findChild<QPushButton *>(u"openIndicatorInOtxButton"_s)->click();
    QUrl expected = otx.baseUrl();
    expected.setPath(u"/indicator/ip/198.51.100.2"_s);
    QCOMPARE(Dialogs::takeOpenedUrls(), QList<QUrl>{expected});
    QVERIFY(panel->findChild<QLabel *>(u"enrichStatsLabel"_s)->text().contains(u"3 enriched"_s));

    // The pulse's indicator table shows the summary beside each indicator.
    {
        ScopedConnection c(database, u"check"_s);
        PulseIndicatorModel indicators(c.db());
        indicators.setPulse(PulseStore(c.db()).loadPulse(PULSE_ID).value().rowId);
        QCOMPARE(indicators.rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(indicators.index(row, PulseIndicatorModel::OtxPulses).data().toInt(), 1);
            QVERIFY(indicators.index(row, PulseIndicatorModel::Malware)
                            .data(Qt::ToolTipRole)
                            .toString()
                            .startsWith(
                                    PulseIndicatorModel::tr("Enriched %1").section(u' ', 0, 0)));
        }
    }

    tabs->setCurrentIndex(1);
    QCOMPARE(queue->model()->rowCount(), 0); // nothing waits any more
    tabs->setCurrentIndex(0);

    // Again: fresh, nothing sent.
    panel->enrichPulse(PULSE_ID);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(otx.ledger(0).accepted, 6);

    // A sync from the window takes the key ring's key (there is no Settings key) and its
    // requests count towards the key's day.
    const int acceptedBefore = otx.ledger(0).accepted;
    QSignalSpy synced(&window, &MainWindow::syncFinished);
    window.findChild<QAction *>(u"syncNowAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 60000);
    const auto outcome = synced.first().first().value<SyncOutcome>();
    QCOMPARE(outcome.status, SyncStatus::Completed);
    QCOMPARE(otx.ledger(0).accepted - acceptedBefore, outcome.httpRequests);
    const QString today = KeyRing({}, {}, nullptr).dayOf(QDateTime::currentMSecsSinceEpoch());
    QTRY_VERIFY([&] {
        ScopedConnection c(database, Database::uniqueConnectionName(u"keys"_s));
        return KeyStore(c.db()).key(u"main"_s)->usedOn(today) == otx.ledger(0).accepted;
    }());
}

QTEST_MAIN(TestEnrichmentGui)
#include "TestEnrichmentGui.moc"
