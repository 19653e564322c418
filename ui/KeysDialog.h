#pragma once

#include "models/DatabaseConfig.h"
#include "models/KeyStore.h"
#include "models/Result.h"

#include <QDialog>

#include <functional>

class AppSettings;
class QLabel;
class QPushButton;
class QTableWidget;
class QThreadPool;
class SecretStore;

/// The OTX key ring: every key with its usage today (a bar), limits and health; Add, Remove,
/// Rename, Make primary and Test. The keychain and OTX are reached from the thread pool, so a
/// slow or locked keychain never freezes the window.
class KeysDialog : public QDialog
{
    Q_OBJECT

public:
    KeysDialog(AppSettings &settings,
               SecretStore &secrets,
               QThreadPool &pool,
               const DatabaseConfig &database,
               QWidget *parent = nullptr);

    /// True while a keychain, database or OTX operation runs.
    bool isBusy() const { return m_busy; }

    /// Adds a key as the Add dialog does once accepted (also for tests).
    void addKeyWith(const QString &name, const QString &secret, int dailyLimit, int perMinute);

public slots:
    void reload();
    /// Asks for a name, the key and its limits, then adds it.
    void addKey();
    void removeKey();
    void renameKey();
    void makePrimary();
    void testKey();

signals:
    /// An operation ended; `message` says how (shown in the dialog too).
    void operationFinished(const QString &message);

private:
    /// Runs `work` on the pool with a KeyManager, then shows its message and reloads.
    void run(const QString &doing, std::function<Result<QString>(class KeyManager &)> work);
    QString currentName() const;
    /// Fills the table with `keys` (or shows why they could not be read).
    void showKeys(const Result<QList<OtxKeyInfo>> &keys);
    void updateButtons();

    AppSettings &m_settings;
    SecretStore &m_secrets;
    QThreadPool &m_pool;
    DatabaseConfig m_database;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_primary = nullptr;
    QPushButton *m_test = nullptr;
    QList<OtxKeyInfo> m_keys;
    bool m_busy = false;
};
