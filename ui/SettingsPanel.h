#pragma once

#include "models/DatabaseConfig.h"

#include <QWidget>

#include <memory>

class AppSettings;
class MispSettingsBox;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QThreadPool;
class SecretStore;

/// OTX server and key (and the key ring's dialog), paging, first-sync look-back, MISP
/// (MispSettingsBox), and the database (SQLite file or Postgres server) with a connection test.
/// Keys and passwords go to the SecretStore, on the pool, never to settings; when no keychain
/// is reachable the analyst may keep them for this session.
class SettingsPanel : public QWidget
{
    Q_OBJECT

public:
    /// `sessionSecrets` holds what the analyst chose to keep for this session only; the sync
    /// reads it before `secrets`. `current` is the database this run uses.
    SettingsPanel(AppSettings &settings,
                  SecretStore &secrets,
                  std::shared_ptr<SecretStore> sessionSecrets,
                  QThreadPool &pool,
                  const DatabaseConfig &current,
                  QWidget *parent = nullptr);

    /// The database the form describes (password included when typed).
    DatabaseConfig databaseFromForm() const;

public slots:
    /// Puts the saved settings back in the form and checks whether a key is stored.
    void reload();
    /// Saves the form; secrets are written on the pool and the outcome shown in the panel.
    void save();
    /// Connects to the database in the form, on the pool, and says how it went.
    void testConnection();

signals:
    /// The settings were written (secrets may still be on their way).
    void saved();
    /// Secrets were written or kept for the session; `message` says where.
    void secretsSaved(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshKeyStatus();
    void updateEngineWidgets();
    void browseSqlitePath();
    void setStatus(QLabel *label, const QString &text, bool problem);

    AppSettings &m_settings;
    SecretStore &m_secrets;
    std::shared_ptr<SecretStore> m_sessionSecrets;
    QThreadPool &m_pool;
    DatabaseConfig m_current;

    QLineEdit *m_otxUrl = nullptr;
    QLineEdit *m_otxKey = nullptr;
    QLabel *m_keyStatus = nullptr;
    QSpinBox *m_pageSize = nullptr;
    QSpinBox *m_lookbackDays = nullptr;
    QCheckBox *m_lookbackAll = nullptr;
    QRadioButton *m_sqlite = nullptr;
    QRadioButton *m_postgres = nullptr;
    QLineEdit *m_sqlitePath = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_pgHost = nullptr;
    QSpinBox *m_pgPort = nullptr;
    QLineEdit *m_pgDatabase = nullptr;
    QLineEdit *m_pgUser = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_desktopName = nullptr;
    QComboBox *m_timeZone = nullptr;
    QCheckBox *m_catchUp = nullptr;
    QComboBox *m_pgTls = nullptr;
    QLineEdit *m_pgPassword = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_useSqliteButton = nullptr;
    QLabel *m_connectionStatus = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_status = nullptr;
    QList<QWidget *> m_postgresWidgets;
    MispSettingsBox *m_mispBox = nullptr;
};
