#include "ui/KeysDialog.h"

#include "models/Colors.h"
#include "models/Database.h"
#include "services/AppSettings.h"
#include "services/KeyManager.h"
#include "services/KeyRing.h"
#include "services/SecretStore.h"
#include "ui/Dialogs.h"
#include "ui/Logging.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    NameColumn,
    UsageColumn,
    LimitsColumn,
    HealthColumn,
    CheckedColumn,
    ColumnCount
};

QString healthText(const OtxKeyInfo &k)
{
    if (k.health == OtxKeyHealth::Ok) {
        return KeysDialog::tr("Works");
    }
    if (k.health == OtxKeyHealth::Invalid) {
        return KeysDialog::tr("Refused by OTX: test it again once fixed");
    }
    if (k.health == OtxKeyHealth::Limited) {
        return k.limitedUntilMs ? KeysDialog::tr("Resting until %1")
                                          .arg(QDateTime::fromMSecsSinceEpoch(*k.limitedUntilMs)
                                                       .toString(u"HH:mm:ss"_s))
                                : KeysDialog::tr("Limited by OTX");
    }
    return KeysDialog::tr("Not tested yet");
}

} // namespace

KeysDialog::KeysDialog(AppSettings &settings,
                       SecretStore &secrets,
                       QThreadPool &pool,
                       const DatabaseConfig &database,
                       QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_pool(pool)
    , m_database(database)
{
    setObjectName(u"keysDialog"_s);
    setWindowTitle(tr("OTX keys"));
    resize(760, 360);
    auto *intro = new QLabel(tr("The primary key is used while it has budget, then the key with "
                                "the most left. A key OTX limits rests and the others take "
                                "over; a key OTX refuses is not used until a test passes. The "
                                "keys themselves stay in %1.")
                                     .arg(secrets.description()),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"keysTable"_s);
    m_table->setHorizontalHeaderLabels(
            {tr("Name"), tr("Used today"), tr("Limits"), tr("State"), tr("Last checked")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NameColumn, 160);
    m_table->setColumnWidth(UsageColumn, 180);
    m_table->setColumnWidth(LimitsColumn, 140);
    m_table->setColumnWidth(HealthColumn, 200);

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(u"addKeyButton"_s);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"removeKeyButton"_s);
    m_rename = new QPushButton(tr("Re&name…"), this);
    m_rename->setObjectName(u"renameKeyButton"_s);
    m_primary = new QPushButton(tr("Make &primary"), this);
    m_primary->setObjectName(u"primaryKeyButton"_s);
    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(u"testKeyButton"_s);
    m_test->setToolTip(tr("One cheap request to OTX with the key; it counts towards its budget."));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_rename, m_primary, m_test}) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(u"keysStatusLabel"_s);
    m_status->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &KeysDialog::addKey);
    connect(m_remove, &QPushButton::clicked, this, &KeysDialog::removeKey);
    connect(m_rename, &QPushButton::clicked, this, &KeysDialog::renameKey);
    connect(m_primary, &QPushButton::clicked, this, &KeysDialog::makePrimary);
    connect(m_test, &QPushButton::clicked, this, &KeysDialog::testKey);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &KeysDialog::updateButtons);
    reload();
}

QString KeysDialog::currentName() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_keys.size() ? m_keys.at(row).name : QString();
}

void KeysDialog::updateButtons()
{
    const bool selected = !currentName().isEmpty();
    m_add->setEnabled(!m_busy);
    for (QPushButton *b : {m_remove, m_rename, m_primary, m_test}) {
        b->setEnabled(!m_busy && selected);
    }
}

namespace {

/// What a pool job brings back: how the operation went, and the keys as they are now.
struct KeysJob
{
    Result<QString> message = QString();
    Result<QList<OtxKeyInfo>> keys = QList<OtxKeyInfo>{};
};

} // namespace

void KeysDialog::reload()
{
    run({}, {});
}

void KeysDialog::showKeys(const Result<QList<OtxKeyInfo>> &keys)
{
    const QString keep = currentName();
    if (!keys) {
        m_status->setText(keys.error().text());
        updateButtons();
        return;
    }
    m_keys = keys.value();
    const QString day = KeyRing({}, {}, nullptr).dayOf(QDateTime::currentMSecsSinceEpoch());
    m_table->setRowCount(static_cast<int>(m_keys.size()));
    for (int row = 0; row < m_keys.size(); ++row) {
        const OtxKeyInfo &k = m_keys.at(row);
        m_table->setItem(row,
                         NameColumn,
                         new QTableWidgetItem(k.primary ? tr("%1 (primary)").arg(k.name) : k.name));
        auto *bar = new QProgressBar(m_table);
        bar->setRange(0, k.dailyLimit);
        bar->setValue(std::min(k.usedOn(day), k.dailyLimit));
        bar->setFormat(tr("%1 of %2").arg(k.usedOn(day)).arg(k.dailyLimit));
        m_table->setCellWidget(row, UsageColumn, bar);
        m_table->setItem(row,
                         LimitsColumn,
                         new QTableWidgetItem(
                                 k.perMinute > 0
                                         ? tr("%1/day, %2/min").arg(k.dailyLimit).arg(k.perMinute)
                                         : tr("%1/day").arg(k.dailyLimit)));
        auto *health = new QTableWidgetItem(healthText(k));
        health->setToolTip(k.lastError);
        if (k.health == OtxKeyHealth::Invalid) {
            health->setForeground(Colors::errorText());
        }
        m_table->setItem(row, HealthColumn, health);
        m_table->setItem(
                row,
                CheckedColumn,
                new QTableWidgetItem(k.lastCheckMs ? QDateTime::fromMSecsSinceEpoch(*k.lastCheckMs)
                                                             .toString(u"yyyy-MM-dd HH:mm"_s)
                                                   : QString()));
        if (k.name == keep) {
            m_table->selectRow(row);
        }
    }
    if (m_keys.isEmpty()) {
        m_status->setText(tr("No key yet. Add your OTX key (OTX: Settings, API key); add more "
                             "to share the work between them."));
    }
    updateButtons();
}

void KeysDialog::run(const QString &doing, std::function<Result<QString>(KeyManager &)> work)
{
    // The keychain and the database (a remote Postgres, maybe) are reached on the pool only.
    m_busy = true;
    updateButtons();
    if (!doing.isEmpty()) {
        m_status->setText(doing);
    }
    auto *watcher = new QFutureWatcher<KeysJob>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, work] {
        watcher->deleteLater();
        m_busy = false;
        const KeysJob job = watcher->future().result();
        showKeys(job.keys);
        if (!work) {
            return;
        }
        const QString message = job.message ? job.message.value() : job.message.error().text();
        if (!job.message) {
            qCWarning(lcUi) << "A key operation failed."
                            << "reason:" << job.message.error().text();
        }
        m_status->setText(job.keys ? message : message + u'\n' + job.keys.error().text());
        emit operationFinished(message);
    });
    SecretStore *secrets = &m_secrets;
    watcher->setFuture(QtConcurrent::run(&m_pool, [database = m_database, secrets, work] {
        KeysJob job;
        ScopedConnection connection(database, Database::uniqueConnectionName(u"keys-job"_s));
        if (!connection.ok()) {
            job.message = connection.error();
            job.keys = connection.error();
            return job;
        }
        KeyManager manager(connection.db(), *secrets);
        if (work) {
            job.message = work(manager);
        }
        job.keys = manager.keys();
        return job;
    }));
}

void KeysDialog::addKeyWith(const QString &name,
                            const QString &secret,
                            int dailyLimit,
                            int perMinute)
{
    run(tr("Saving the key…"), [name, secret, dailyLimit, perMinute](KeyManager &keys) {
        auto added =
                keys.add(name, secret, dailyLimit, perMinute, QDateTime::currentMSecsSinceEpoch());
        return added ? Result<QString>(tr("Added the key \"%1\". Test it to be sure OTX takes it.")
                                               .arg(added->name))
                     : Result<QString>(added.error());
    });
}

void KeysDialog::addKey()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"addKeyDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add an OTX key"));
    auto *name = new QLineEdit(dialog);
    name->setObjectName(u"newKeyName"_s);
    name->setText(m_keys.isEmpty() ? tr("main") : QString());
    auto *secret = new QLineEdit(dialog);
    secret->setObjectName(u"newKeySecret"_s);
    secret->setEchoMode(QLineEdit::Password);
    secret->setPlaceholderText(tr("64 hexadecimal characters, from your OTX account"));
    auto *daily = new QSpinBox(dialog);
    daily->setRange(1, 1000000);
    daily->setValue(OtxKeyInfo::DEFAULT_DAILY_LIMIT);
    auto *perMinute = new QSpinBox(dialog);
    perMinute->setRange(0, 100000);
    perMinute->setSpecialValueText(tr("no limit"));
    perMinute->setValue(OtxKeyInfo::DEFAULT_PER_MINUTE);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Key:"), secret);
    form->addRow(tr("Requests per &day:"), daily);
    form->addRow(tr("Requests per &minute:"), perMinute);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        if (name->text().trimmed().isEmpty() || secret->text().trimmed().isEmpty()) {
            m_status->setText(tr("Give the key a name and paste the key."));
            return;
        }
        addKeyWith(name->text(), secret->text(), daily->value(), perMinute->value());
        secret->clear();
        dialog->accept();
    });
    dialog->open();
}

void KeysDialog::removeKey()
{
    const QString name = currentName();
    if (name.isEmpty()) {
        return;
    }
    Dialogs::ask(
            this,
            tr("Remove the key"),
            tr("Remove the OTX key \"%1\"? Its secret is deleted from the keychain.").arg(name),
            tr("Remove"),
            tr("Keep"),
            this,
            [this, name](bool yes) {
                if (!yes) {
                    return;
                }
                run(tr("Removing the key…"), [name](KeyManager &keys) {
                    auto r = keys.remove(name);
                    return r ? Result<QString>(tr("Removed the key \"%1\".").arg(name))
                             : Result<QString>(r.error());
                });
            });
}

void KeysDialog::renameKey()
{
    const QString name = currentName();
    if (name.isEmpty()) {
        return;
    }
    Dialogs::askText(this,
                     tr("Rename the key"),
                     tr("New name:"),
                     name,
                     this,
                     [this, name](const QString &to) {
                         run(tr("Renaming the key…"), [name, to](KeyManager &keys) {
                             auto r = keys.rename(name, to);
                             return r ? Result<QString>(
                                            tr("Renamed \"%1\" to \"%2\".").arg(name, to.trimmed()))
                                      : Result<QString>(r.error());
                         });
                     });
}

void KeysDialog::makePrimary()
{
    const QString name = currentName();
    if (name.isEmpty()) {
        return;
    }
    run(tr("Choosing the primary key…"), [name](KeyManager &keys) {
        auto r = keys.setPrimary(name);
        return r ? Result<QString>(tr("\"%1\" is now the primary key.").arg(name))
                 : Result<QString>(r.error());
    });
}

void KeysDialog::testKey()
{
    const QString name = currentName();
    if (name.isEmpty()) {
        return;
    }
    const QUrl otx = m_settings.otxBaseUrl();
    run(tr("Testing the key with OTX…"), [name, otx](KeyManager &keys) {
        auto r = keys.test(name, otx, QDateTime::currentMSecsSinceEpoch());
        return r ? Result<QString>(u"%1: %2"_s.arg(name, r->message)) : Result<QString>(r.error());
    });
}
