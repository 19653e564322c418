#include "services/AppSettings.h"
#include "services/SecretStore.h"
#include "ui/Dialogs.h"
#include "ui/SettingsPanel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;

// The panel on its own. The process runs without any SQL driver plugin (field case F17: QPSQL
// or libpq missing): the plugin path points at an empty folder before any driver is loaded.
class TestSettingsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void missingDriverIsNamedAndSqliteOffered();
    void rejectsABadServerUrl();
    void savesPagingLookbackAndDatabase();

private:
    template <typename T>
    T *child(const QString &name)
    {
        return m_panel->findChild<T *>(name);
    }

    QTemporaryDir m_emptyPlugins;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    MemorySecretStore m_secrets;
    QThreadPool m_pool;
    std::unique_ptr<SettingsPanel> m_panel;
};

void TestSettingsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setLibraryPaths({m_emptyPlugins.path()});
    QVERIFY(!QSqlDatabase::drivers().contains(u"QPSQL"_s));
}

void TestSettingsPanel::init()
{
    Dialogs::setTestMode(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(u"otxdesk.ini"_s));
    m_settings->setSchedulerActive(false); // no scheduled job may start mid-test
    DatabaseConfig current;
    current.sqlitePath = m_dir->filePath(u"current.sqlite"_s);
    m_settings->setDatabase(current);
    m_panel = std::make_unique<SettingsPanel>(*m_settings,
                                              m_secrets,
                                              std::make_shared<MemorySecretStore>(),
                                              m_pool,
                                              current);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestSettingsPanel::cleanup()
{
    m_panel.reset();
    m_pool.waitForDone();
    m_settings.reset();
    m_dir.reset();
    Dialogs::setTestMode(false);
}

void TestSettingsPanel::missingDriverIsNamedAndSqliteOffered()
{
    child<QRadioButton>(u"postgresRadio"_s)->setChecked(true);
    child<QLineEdit>(u"postgresHostEdit"_s)->setText(u"127.0.0.1"_s);
    child<QLineEdit>(u"postgresUserEdit"_s)->setText(u"otx_app"_s);
    auto *useSqlite = child<QPushButton>(u"useSqliteButton"_s);
    QVERIFY(useSqlite->isHidden());
    child<QPushButton>(u"testConnectionButton"_s)->click();
    auto *status = child<QLabel>(u"connectionStatusLabel"_s);
    QTRY_VERIFY(status->text().contains(u"QPSQL"_s));
    QVERIFY(status->text().contains(u"libpq"_s));
    QVERIFY(!useSqlite->isHidden());
    QVERIFY(child<QPushButton>(u"testConnectionButton"_s)->isEnabled());
    useSqlite->click();
    QVERIFY(child<QRadioButton>(u"sqliteRadio"_s)->isChecked());
    QVERIFY(useSqlite->isHidden());
    QVERIFY(Dialogs::takeShown().isEmpty()); // reported in the panel, not in a dialog
}

void TestSettingsPanel::rejectsABadServerUrl()
{
    child<QLineEdit>(u"otxUrlEdit"_s)->setText(u"ftp://otx.example"_s);
    child<QPushButton>(u"saveSettingsButton"_s)->click();
    QVERIFY(child<QLabel>(u"settingsStatusLabel"_s)->text().contains(u"Not saved"_s));
    QCOMPARE(m_settings->otxBaseUrl(), QUrl(u"https://otx.alienvault.com"_s));
}

void TestSettingsPanel::savesPagingLookbackAndDatabase()
{
    child<QLineEdit>(u"otxUrlEdit"_s)->setText(u"http://127.0.0.1:8080"_s);
    child<QSpinBox>(u"pageSizeSpin"_s)->setValue(50);
    child<QCheckBox>(u"lookbackAllCheck"_s)->setChecked(false);
    child<QSpinBox>(u"lookbackSpin"_s)->setValue(30);
    child<QRadioButton>(u"postgresRadio"_s)->setChecked(true);
    child<QLineEdit>(u"postgresHostEdit"_s)->setText(u"db.example"_s);
    child<QLineEdit>(u"postgresDatabaseEdit"_s)->setText(u"otx"_s);
    child<QLineEdit>(u"postgresUserEdit"_s)->setText(u"analyst"_s);
    child<QLineEdit>(u"postgresPasswordEdit"_s)->setText(u"s3cret"_s);
    QSignalSpy secretsSaved(m_panel.get(), &SettingsPanel::secretsSaved);
    child<QPushButton>(u"saveSettingsButton"_s)->click();

    QCOMPARE(m_settings->otxBaseUrl(), QUrl(u"http://127.0.0.1:8080"_s));
    QCOMPARE(m_settings->pageSize(), 50);
    QCOMPARE(m_settings->firstSyncLookbackDays(), std::optional<int>(30));
    const DatabaseConfig saved = m_settings->database();
    QVERIFY(saved.isPostgres());
    QCOMPARE(saved.host, u"db.example"_s);
    QCOMPARE(saved.password, QString()); // never in settings
    QVERIFY(child<QLabel>(u"settingsStatusLabel"_s)->text().contains(u"restarts"_s));
    QTRY_COMPARE(secretsSaved.size(), 1);
    const auto password = m_secrets.read(saved.passwordKeychainKey());
    QVERIFY(password);
    QCOMPARE(password.value(), u"s3cret"_s);
    QCOMPARE(child<QLineEdit>(u"postgresPasswordEdit"_s)->text(), QString());
}

QTEST_MAIN(TestSettingsPanel)
#include "TestSettingsPanel.moc"
