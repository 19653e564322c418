#include "ui/SettingsPanel.h"

#include "models/Colors.h"
#include "models/Database.h"
#include "models/KeyStore.h"
#include "services/AppSettings.h"
#include "services/Language.h"
#include "services/Scheduler.h"
#include "services/SecretStore.h"
#include "ui/Dialogs.h"
#include "ui/KeysDialog.h"
#include "ui/Logging.h"
#include "ui/MispSettingsBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QThreadPool>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

enum class SecretKind
{
    OtxKey,
    MispKey,
    DatabasePassword,
};

QString savedText(SecretKind kind)
{
    switch (kind) {
    case SecretKind::OtxKey:
        return SettingsPanel::tr("The OTX key is saved in %1.");
    case SecretKind::MispKey:
        return SettingsPanel::tr("The MISP key is saved in %1.");
    case SecretKind::DatabasePassword:
        break;
    }
    return SettingsPanel::tr("The database password is saved in %1.");
}

QString notSavedText(SecretKind kind)
{
    switch (kind) {
    case SecretKind::OtxKey:
        return SettingsPanel::tr("The OTX key was not saved: %1");
    case SecretKind::MispKey:
        return SettingsPanel::tr("The MISP key was not saved: %1");
    case SecretKind::DatabasePassword:
        break;
    }
    return SettingsPanel::tr("The database password was not saved: %1");
}

QString keptText(SecretKind kind, bool kept)
{
    switch (kind) {
    case SecretKind::OtxKey:
        return kept ? SettingsPanel::tr("The OTX key is kept for this session only.")
                    : SettingsPanel::tr("The OTX key was not kept: no keychain is available.");
    case SecretKind::MispKey:
        return kept ? SettingsPanel::tr("The MISP key is kept for this session only.")
                    : SettingsPanel::tr("The MISP key was not kept: no keychain is available.");
    case SecretKind::DatabasePassword:
        break;
    }
    return kept ? SettingsPanel::tr("The database password is kept for this session only.")
                : SettingsPanel::tr("The database password was not kept: no keychain is "
                                    "available.");
}

struct PendingSecret
{
    SecretKind kind;
    QString key;
    QString secret;
};

struct SecretOutcome
{
    PendingSecret pending;
    Error error; ///< empty message: saved
};

struct KeyStatus
{
    bool found = false;
    bool session = false;
    Error error;
    int ringKeys = 0; ///< keys in the key ring (Several keys…)
};

struct ConnectionTest
{
    bool ok = false;
    bool driverMissing = false;
    QString message;
    QString detail;
};

bool sameDatabase(const DatabaseConfig &a, const DatabaseConfig &b)
{
    if (a.engine != b.engine) {
        return false;
    }
    if (!a.isPostgres()) {
        return a.sqlitePath == b.sqlitePath;
    }
    return a.host == b.host && a.port == b.port && a.database == b.database && a.user == b.user
           && a.sslMode == b.sslMode;
}

// Runs on the pool: the keychain and the database may take seconds to answer.
ConnectionTest runConnectionTest(DatabaseConfig config,
                                 SecretStore *secrets,
                                 std::shared_ptr<SecretStore> session)
{
    if (config.isPostgres() && config.password.isEmpty()) {
        auto password = session->read(config.passwordKeychainKey());
        if (!password) {
            password = secrets->read(config.passwordKeychainKey());
        }
        if (password) {
            config.password = password.value();
        }
    }
    if (auto driver = Database::checkDriver(config); !driver) {
        return {false, true, driver.error().message, driver.error().detail};
    }
    const QString name = Database::uniqueConnectionName(u"connection-test"_s);
    ConnectionTest out;
    {
        auto db = Database::open(config, name);
        if (!db) {
            out = {false, false, db.error().message, db.error().detail};
        } else {
            const int version = Database::schemaVersion(db.value());
            out.ok = true;
            if (version == 0) {
                out.message = SettingsPanel::tr("Connected to %1. The database is empty; otxdesk "
                                                "creates its tables when it starts with it.")
                                      .arg(config.displayName());
            } else if (version > Database::latestSchemaVersion()) {
                out.ok = false;
                out.message = SettingsPanel::tr("Connected to %1, but a newer otxdesk wrote it "
                                                "(schema %2; this version knows %3). Update "
                                                "otxdesk before using it.")
                                      .arg(config.displayName())
                                      .arg(version)
                                      .arg(Database::latestSchemaVersion());
            } else {
                out.message = SettingsPanel::tr("Connected to %1 (schema version %2).")
                                      .arg(config.displayName())
                                      .arg(version);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

SettingsPanel::SettingsPanel(AppSettings &settings,
                             SecretStore &secrets,
                             std::shared_ptr<SecretStore> sessionSecrets,
                             QThreadPool &pool,
                             const DatabaseConfig &current,
                             QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_sessionSecrets(std::move(sessionSecrets))
    , m_pool(pool)
    , m_current(current)
{
    setObjectName(u"settingsPanel"_s);

    // General: language, this desktop's name for team mode, the schedule's zone and catch-up.
    auto *generalBox = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(generalBox);
    m_language = new QComboBox(generalBox);
    m_language->setObjectName(u"languageCombo"_s);
    for (const Language::Choice &choice : Language::choices()) {
        m_language->addItem(choice.name, choice.code);
    }
    generalForm->addRow(tr("&Language:"), m_language);
    m_desktopName = new QLineEdit(generalBox);
    m_desktopName->setObjectName(u"desktopNameEdit"_s);
    m_desktopName->setToolTip(tr("How this desktop is named to the others sharing the "
                                 "database, for example as who ran a scheduled job. Pick a "
                                 "name your colleagues recognise."));
    generalForm->addRow(tr("&Desktop name:"), m_desktopName);
    m_timeZone = new QComboBox(generalBox);
    m_timeZone->setObjectName(u"timeZoneCombo"_s);
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->addItem(tr("System (%1)").arg(QString::fromLatin1(QTimeZone::systemTimeZoneId())),
                        QByteArray());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        m_timeZone->addItem(QString::fromLatin1(id), id);
    }
    generalForm->addRow(tr("Schedule &time zone:"), m_timeZone);
    m_catchUp = new QCheckBox(tr("At start-up, run the jobs &missed while otxdesk was closed"),
                              generalBox);
    m_catchUp->setObjectName(u"catchUpCheck"_s);
    generalForm->addRow(QString(), m_catchUp);

    // OTX
    auto *otxBox = new QGroupBox(tr("AlienVault OTX"), this);
    auto *otxForm = new QFormLayout(otxBox);
    m_otxUrl = new QLineEdit(otxBox);
    m_otxUrl->setObjectName(u"otxUrlEdit"_s);
    m_otxUrl->setPlaceholderText(u"https://otx.alienvault.com"_s);
    otxForm->addRow(tr("Server &URL:"), m_otxUrl);
    m_otxKey = new QLineEdit(otxBox);
    m_otxKey->setObjectName(u"otxKeyEdit"_s);
    m_otxKey->setEchoMode(QLineEdit::Password);
    m_otxKey->setPlaceholderText(tr("Paste a key to save or replace it"));
    m_otxKey->setToolTip(tr("Your OTX API key (Settings → API Integration on the OTX site). It "
                            "is kept in the OS keychain, never in a file."));
    otxForm->addRow(tr("API &key:"), m_otxKey);
    m_keyStatus = new QLabel(otxBox);
    m_keyStatus->setObjectName(u"keyStatusLabel"_s);
    m_keyStatus->setWordWrap(true);
    otxForm->addRow(QString(), m_keyStatus);
    auto *keysButton = new QPushButton(tr("Several &keys…"), otxBox);
    keysButton->setObjectName(u"settingsKeysButton"_s);
    keysButton->setToolTip(tr("The key ring: several OTX keys with daily limits, used in turn "
                              "when one is limited or refused. Its keys come before the key "
                              "above."));
    connect(keysButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new KeysDialog(m_settings, m_secrets, m_pool, m_current, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    otxForm->addRow(QString(), keysButton);
    m_pageSize = new QSpinBox(otxBox);
    m_pageSize->setObjectName(u"pageSizeSpin"_s);
    m_pageSize->setRange(1, 500);
    m_pageSize->setToolTip(tr("Pulses per request. OTX answers large pages slowly or with "
                              "time-outs; 20 is a safe choice."));
    otxForm->addRow(tr("&Pulses per page:"), m_pageSize);
    auto *lookback = new QHBoxLayout;
    m_lookbackDays = new QSpinBox(otxBox);
    m_lookbackDays->setObjectName(u"lookbackSpin"_s);
    m_lookbackDays->setRange(1, 36500);
    m_lookbackDays->setSuffix(tr(" days"));
    m_lookbackAll = new QCheckBox(tr("&Everything"), otxBox);
    m_lookbackAll->setObjectName(u"lookbackAllCheck"_s);
    lookback->addWidget(m_lookbackDays);
    lookback->addWidget(m_lookbackAll);
    lookback->addStretch(1);
    auto *lookbackLabel = new QLabel(tr("First sync reaches &back:"), otxBox);
    lookbackLabel->setBuddy(m_lookbackDays);
    otxForm->addRow(lookbackLabel, lookback);

    m_mispBox = new MispSettingsBox(m_settings, m_secrets, m_sessionSecrets, m_pool, this);

    // Database
    auto *dbBox = new QGroupBox(tr("Database"), this);
    auto *dbLayout = new QVBoxLayout(dbBox);
    m_sqlite = new QRadioButton(tr("Built-in &SQLite file (no set-up)"), dbBox);
    m_sqlite->setObjectName(u"sqliteRadio"_s);
    auto *sqliteRow = new QHBoxLayout;
    m_sqlitePath = new QLineEdit(dbBox);
    m_sqlitePath->setObjectName(u"sqlitePathEdit"_s);
    m_browse = new QPushButton(tr("Bro&wse…"), dbBox);
    m_browse->setObjectName(u"sqliteBrowseButton"_s);
    sqliteRow->addSpacing(24);
    sqliteRow->addWidget(m_sqlitePath, 1);
    sqliteRow->addWidget(m_browse);
    m_postgres = new QRadioButton(tr("&PostgreSQL server (local or shared with your team)"), dbBox);
    m_postgres->setObjectName(u"postgresRadio"_s);
    auto *pgForm = new QFormLayout;
    pgForm->setContentsMargins(24, 0, 0, 0);
    m_pgHost = new QLineEdit(dbBox);
    m_pgHost->setObjectName(u"postgresHostEdit"_s);
    m_pgPort = new QSpinBox(dbBox);
    m_pgPort->setObjectName(u"postgresPortSpin"_s);
    m_pgPort->setRange(1, 65535);
    m_pgDatabase = new QLineEdit(dbBox);
    m_pgDatabase->setObjectName(u"postgresDatabaseEdit"_s);
    m_pgUser = new QLineEdit(dbBox);
    m_pgUser->setObjectName(u"postgresUserEdit"_s);
    m_pgTls = new QComboBox(dbBox);
    m_pgTls->setObjectName(u"postgresTlsCombo"_s);
    // libpq's sslmode values; the text explains each.
    m_pgTls->addItem(tr("prefer — TLS when the server offers it"), u"prefer"_s);
    m_pgTls->addItem(tr("require — always TLS, certificate not checked"), u"require"_s);
    m_pgTls->addItem(tr("verify-ca — TLS, certificate from a trusted CA"), u"verify-ca"_s);
    m_pgTls->addItem(tr("verify-full — TLS, trusted certificate for this host name"),
                     u"verify-full"_s);
    m_pgTls->addItem(tr("allow — TLS only when the server insists"), u"allow"_s);
    m_pgTls->addItem(tr("disable — never TLS"), u"disable"_s);
    m_pgPassword = new QLineEdit(dbBox);
    m_pgPassword->setObjectName(u"postgresPasswordEdit"_s);
    m_pgPassword->setEchoMode(QLineEdit::Password);
    m_pgPassword->setPlaceholderText(tr("Kept in the OS keychain; type to replace"));
    pgForm->addRow(tr("&Host:"), m_pgHost);
    pgForm->addRow(tr("P&ort:"), m_pgPort);
    pgForm->addRow(tr("&Database:"), m_pgDatabase);
    pgForm->addRow(tr("Use&r:"), m_pgUser);
    pgForm->addRow(tr("&TLS:"), m_pgTls);
    pgForm->addRow(tr("Pass&word:"), m_pgPassword);
    m_postgresWidgets = {m_pgHost, m_pgPort, m_pgDatabase, m_pgUser, m_pgTls, m_pgPassword};

    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("Test &connection"), dbBox);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    m_useSqliteButton = new QPushButton(tr("Use SQLite instead"), dbBox);
    m_useSqliteButton->setObjectName(u"useSqliteButton"_s);
    m_useSqliteButton->hide();
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_useSqliteButton);
    testRow->addStretch(1);
    m_connectionStatus = new QLabel(dbBox);
    m_connectionStatus->setObjectName(u"connectionStatusLabel"_s);
    m_connectionStatus->setWordWrap(true);
    m_connectionStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *restartNote = new QLabel(tr("Database changes apply when otxdesk restarts. This run "
                                      "uses %1.")
                                           .arg(m_current.displayName()),
                                   dbBox);
    restartNote->setObjectName(u"restartNoteLabel"_s);
    restartNote->setWordWrap(true);
    restartNote->setEnabled(false);

    dbLayout->addWidget(m_sqlite);
    dbLayout->addLayout(sqliteRow);
    dbLayout->addWidget(m_postgres);
    dbLayout->addLayout(pgForm);
    dbLayout->addLayout(testRow);
    dbLayout->addWidget(m_connectionStatus);
    dbLayout->addWidget(restartNote);

    // Save
    auto *buttons = new QHBoxLayout;
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(u"saveSettingsButton"_s);
    m_saveButton->setDefault(true);
    auto *revert = new QPushButton(tr("Re&vert"), this);
    revert->setObjectName(u"revertSettingsButton"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"settingsStatusLabel"_s);
    m_status->setWordWrap(true);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(revert);
    buttons->addWidget(m_status, 1);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(generalBox);
    contentLayout->addWidget(otxBox);
    contentLayout->addWidget(m_mispBox);
    contentLayout->addWidget(dbBox);
    contentLayout->addLayout(buttons);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_sqlite, &QRadioButton::toggled, this, &SettingsPanel::updateEngineWidgets);
    connect(m_lookbackAll, &QCheckBox::toggled, m_lookbackDays, &QSpinBox::setDisabled);
    connect(m_browse, &QPushButton::clicked, this, &SettingsPanel::browseSqlitePath);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsPanel::testConnection);
    connect(m_useSqliteButton, &QPushButton::clicked, this, [this] {
        m_sqlite->setChecked(true);
        m_useSqliteButton->hide();
        setStatus(m_connectionStatus,
                  tr("SQLite chosen. Save, then restart otxdesk to use it."),
                  false);
    });
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsPanel::save);
    connect(revert, &QPushButton::clicked, this, &SettingsPanel::reload);

    reload();
}

DatabaseConfig SettingsPanel::databaseFromForm() const
{
    DatabaseConfig config;
    config.engine = m_postgres->isChecked() ? DatabaseConfig::Engine::Postgres
                                            : DatabaseConfig::Engine::Sqlite;
    config.sqlitePath = m_sqlitePath->text().trimmed();
    if (config.sqlitePath.isEmpty()) {
        config.sqlitePath = DatabaseConfig::defaultSqlitePath();
    }
    config.host = m_pgHost->text().trimmed();
    config.port = m_pgPort->value();
    config.database = m_pgDatabase->text().trimmed();
    config.user = m_pgUser->text().trimmed();
    config.sslMode = m_pgTls->currentData().toString();
    config.password = m_pgPassword->text();
    return config;
}

void SettingsPanel::reload()
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    m_desktopName->setText(m_settings.desktopName());
    m_timeZone->setCurrentIndex(std::max(0, m_timeZone->findData(m_settings.scheduleTimeZoneId())));
    // Partly checked when the jobs differ; saving then leaves each job as it is.
    int catchingUp = 0;
    const QList<ScheduledJob> jobs = m_settings.scheduledJobs();
    for (const ScheduledJob &job : jobs) {
        catchingUp += job.catchUp ? 1 : 0;
    }
    const bool mixed = catchingUp > 0 && catchingUp < jobs.size();
    m_catchUp->setTristate(mixed);
    m_catchUp->setCheckState(mixed ? Qt::PartiallyChecked
                                   : (catchingUp > 0 ? Qt::Checked : Qt::Unchecked));
    m_otxUrl->setText(m_settings.otxBaseUrl().toString());
    m_otxKey->clear();
    m_pageSize->setValue(m_settings.pageSize());
    const auto lookback = m_settings.firstSyncLookbackDays();
    m_lookbackAll->setChecked(!lookback);
    m_lookbackDays->setValue(lookback.value_or(90));
    m_lookbackDays->setDisabled(!lookback);
    const DatabaseConfig db = m_settings.database();
    m_sqlite->setChecked(!db.isPostgres());
    m_postgres->setChecked(db.isPostgres());
    m_sqlitePath->setText(db.sqlitePath);
    m_pgHost->setText(db.host);
    m_pgPort->setValue(db.port);
    m_pgDatabase->setText(db.database);
    m_pgUser->setText(db.user);
    m_pgTls->setCurrentIndex(std::max(0, m_pgTls->findData(db.sslMode)));
    m_pgPassword->clear();
    m_useSqliteButton->hide();
    m_connectionStatus->clear();
    m_status->clear();
    updateEngineWidgets();
    m_mispBox->reload();
    refreshKeyStatus();
}

void SettingsPanel::save()
{
    const QUrl url = QUrl::fromUserInput(m_otxUrl->text().trimmed());
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
        || url.host().isEmpty()) {
        setStatus(m_status,
                  tr("Not saved: the OTX server URL must be a web address such as "
                     "https://otx.alienvault.com."),
                  true);
        m_otxUrl->setFocus();
        return;
    }
    if (auto misp = m_mispBox->validate(); !misp) {
        setStatus(m_status, tr("Not saved: %1").arg(misp.error().message), true);
        return;
    }
    DatabaseConfig config = databaseFromForm();
    if (config.isPostgres()
        && (config.host.isEmpty() || config.database.isEmpty() || config.user.isEmpty())) {
        setStatus(m_status,
                  tr("Not saved: enter the Postgres host, database and user, or choose SQLite."),
                  true);
        return;
    }
    const QString password = std::exchange(config.password, QString());

    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.setDesktopName(m_desktopName->text());
    m_settings.setScheduleTimeZone(m_timeZone->currentData().toByteArray());
    if (m_catchUp->checkState() != Qt::PartiallyChecked) {
        for (ScheduledJob job : m_settings.scheduledJobs()) {
            job.catchUp = m_catchUp->checkState() == Qt::Checked;
            m_settings.setScheduledJob(job);
        }
    }
    m_settings.setOtxBaseUrl(url);
    m_settings.setPageSize(m_pageSize->value());
    m_settings.setFirstSyncLookbackDays(m_lookbackAll->isChecked()
                                                ? std::nullopt
                                                : std::optional<int>(m_lookbackDays->value()));
    m_settings.setDatabase(config);
    m_mispBox->apply();
    m_settings.raw().sync();
    m_otxUrl->setText(url.toString());
    QString message = tr("Settings saved.");
    if (!sameDatabase(config, m_current)) {
        message += u' ' + tr("The database change applies when otxdesk restarts.");
    }
    if (languageChanged) {
        message += u' ' + tr("The language changes when otxdesk restarts.");
    }
    setStatus(m_status, message, false);
    qCInfo(lcUi) << "Settings saved."
                 << "database:" << config.displayName();
    emit saved();

    QList<PendingSecret> pending;
    if (const QString key = m_otxKey->text().trimmed(); !key.isEmpty()) {
        pending.append({SecretKind::OtxKey, SecretKeys::OtxApiKey, key});
    }
    if (const QString key = m_mispBox->takeKey(); !key.isEmpty()) {
        pending.append({SecretKind::MispKey, SecretKeys::MispApiKey, key});
    }
    if (config.isPostgres() && !password.isEmpty()) {
        pending.append({SecretKind::DatabasePassword, config.passwordKeychainKey(), password});
    }
    m_otxKey->clear();
    m_pgPassword->clear();
    if (pending.isEmpty()) {
        return;
    }

    m_saveButton->setEnabled(false);
    auto *watcher = new QFutureWatcher<QList<SecretOutcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, message] {
        watcher->deleteLater();
        m_saveButton->setEnabled(true);
        const QList<SecretOutcome> outcomes = watcher->result();
        QStringList lines{message};
        QList<PendingSecret> unavailable;
        Error keychainError;
        for (const SecretOutcome &o : outcomes) {
            if (o.error.message.isEmpty()) {
                // A copy kept earlier for the session would hide the saved one.
                m_sessionSecrets->remove(o.pending.key);
                lines << savedText(o.pending.kind).arg(m_secrets.description());
            } else if (o.error.code == SecretError::Unavailable) {
                unavailable.append(o.pending);
                keychainError = o.error;
            } else {
                lines << notSavedText(o.pending.kind).arg(o.error.text());
            }
        }
        setStatus(m_status, lines.join(u' '), !unavailable.isEmpty());
        refreshKeyStatus();
        if (!unavailable.isEmpty()) {
            const QString question =
                    unavailable.size() > 1 ? tr("Keep these secrets for this session only?")
                    : unavailable.first().kind == SecretKind::OtxKey
                            ? tr("Keep the OTX key for this session only?")
                    : unavailable.first().kind == SecretKind::MispKey
                            ? tr("Keep the MISP key for this session only?")
                            : tr("Keep the database password for this session only?");
            Dialogs::ask(this,
                         tr("No keychain"),
                         tr("%1\n\n%2 Nothing is written to disk; otxdesk forgets it when it "
                            "closes.")
                                 .arg(keychainError.message, question),
                         tr("Use for this session only"),
                         tr("Do not keep"),
                         this,
                         [this, unavailable, lines](bool keep) {
                             QStringList result = lines;
                             for (const PendingSecret &p : unavailable) {
                                 if (keep) {
                                     m_sessionSecrets->write(p.key, p.secret);
                                 }
                                 result << keptText(p.kind, keep);
                             }
                             setStatus(m_status, result.join(u' '), !keep);
                             refreshKeyStatus();
                             if (keep) {
                                 emit secretsSaved(result.join(u' '));
                             }
                         });
        } else {
            emit secretsSaved(lines.join(u' '));
        }
    });
    SecretStore *secrets = &m_secrets;
    watcher->setFuture(QtConcurrent::run(&m_pool, [secrets, pending] {
        QList<SecretOutcome> out;
        for (const PendingSecret &p : pending) {
            const Result<void> written = secrets->write(p.key, p.secret);
            out.append({p, written ? Error{} : written.error()});
        }
        return out;
    }));
}

void SettingsPanel::testConnection()
{
    m_testButton->setEnabled(false);
    m_useSqliteButton->hide();
    setStatus(m_connectionStatus, tr("Connecting…"), false);
    auto *watcher = new QFutureWatcher<ConnectionTest>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_testButton->setEnabled(true);
        const ConnectionTest test = watcher->result();
        QString text = test.message;
        if (!test.detail.isEmpty()) {
            text += u"\n"_s + tr("Details: %1").arg(test.detail);
        }
        setStatus(m_connectionStatus, text, !test.ok);
        m_useSqliteButton->setVisible(test.driverMissing && m_postgres->isChecked());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool,
                                         runConnectionTest,
                                         databaseFromForm(),
                                         &m_secrets,
                                         m_sessionSecrets));
}

void SettingsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshKeyStatus();
}

void SettingsPanel::refreshKeyStatus()
{
    m_mispBox->refreshKeyStatus();
    auto *watcher = new QFutureWatcher<KeyStatus>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const KeyStatus status = watcher->result();
        const QString ring =
                tr("The key ring holds %n key(s), used before this one.", nullptr, status.ringKeys);
        if (status.session || (status.found && !m_secrets.persistent())) {
            setStatus(m_keyStatus, tr("A key is kept for this session only."), false);
        } else if (status.found) {
            QString text = tr("A key is saved in %1.").arg(m_secrets.description());
            if (status.ringKeys > 0) {
                text += u' ' + ring;
            }
            setStatus(m_keyStatus, text, false);
        } else if (status.ringKeys > 0) {
            setStatus(m_keyStatus,
                      tr("The key ring holds %n key(s) (Several keys…); a key here is optional.",
                         nullptr,
                         status.ringKeys),
                      false);
        } else if (status.error.code == SecretError::Unavailable) {
            setStatus(m_keyStatus, status.error.message, true);
        } else {
            setStatus(m_keyStatus,
                      tr("No key saved yet. Paste your OTX API key above and press Save."),
                      true);
        }
    });
    SecretStore *secrets = &m_secrets;
    watcher->setFuture(
            QtConcurrent::run(&m_pool, [secrets, session = m_sessionSecrets, database = m_current] {
                KeyStatus status;
                {
                    ScopedConnection c(database, u"settings-keys"_s);
                    if (c.ok()) {
                        if (const auto keys = KeyStore(c.db()).keys()) {
                            status.ringKeys = static_cast<int>(keys->size());
                        }
                    }
                }
                if (session->read(SecretKeys::OtxApiKey)) {
                    status.found = status.session = true;
                    return status;
                }
                const Result<QString> key = secrets->read(SecretKeys::OtxApiKey);
                status.found = key.ok() && !key.value().isEmpty();
                if (!key) {
                    status.error = key.error();
                }
                return status;
            }));
}

void SettingsPanel::updateEngineWidgets()
{
    const bool postgres = m_postgres->isChecked();
    m_sqlitePath->setEnabled(!postgres);
    m_browse->setEnabled(!postgres);
    for (QWidget *w : std::as_const(m_postgresWidgets)) {
        w->setEnabled(postgres);
    }
}

void SettingsPanel::browseSqlitePath()
{
    // Not QFileDialog::getSaveFileName: that would run a nested event loop.
    auto *dialog = new QFileDialog(this, tr("SQLite database file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setNameFilter(tr("SQLite databases (*.sqlite *.db);;All files (*)"));
    dialog->selectFile(m_sqlitePath->text());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_sqlitePath->setText(path);
    });
    dialog->open();
}

void SettingsPanel::setStatus(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    QPalette palette = this->palette();
    if (problem) {
        palette.setColor(QPalette::WindowText, Colors::errorText());
    }
    label->setPalette(palette);
}
