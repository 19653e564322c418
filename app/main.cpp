#include "app/CommandLine.h"
#include "app/Startup.h"
#include "models/Database.h"
#include "services/AppSettings.h"
#include "services/SecretStore.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    Startup::setUpApplication();
    QApplication::setWindowIcon(QIcon(u":/icons/otxdesk.svg"_s));

    AppSettings settings;
    // The keychain is probed once; without one, keys are held for this session only and the
    // Settings panel says so. Nothing falls back to plain text. The warning comes once the
    // window is up, so that it has something to stand on.
    std::unique_ptr<SecretStore> secrets;
    auto keychain = std::make_unique<KeychainSecretStore>();
    const Result<void> probe = keychain->probe();
    if (probe) {
        secrets = std::move(keychain);
    } else {
        secrets = std::make_unique<MemorySecretStore>();
    }

    auto database = Startup::resolveDatabase(settings, {}, secrets.get());
    Result<void> ready =
            database ? Startup::prepareDatabase(database.value()) : Result<void>(database.error());
    if (!ready) {
        Dialogs::critical(nullptr,
                          QApplication::translate("main", "Database unavailable"),
                          QApplication::translate("main",
                                                  "%1\n\nThe window opens so that you can choose "
                                                  "another database in Settings; no job will "
                                                  "run until the database works.")
                                  .arg(ready.error().message),
                          ready.error().detail);
    }

    QThreadPool pool;
    MainWindow window(settings, *secrets, pool, database ? database.value() : DatabaseConfig{});
    window.show();
    if (!probe) {
        QTimer::singleShot(0, &window, [&window, probe] {
            Dialogs::warning(&window,
                             QApplication::translate("main", "No keychain"),
                             QApplication::translate("main",
                                                     "%1\n\nAPI keys you enter now are kept for "
                                                     "this session only and are not saved "
                                                     "anywhere.")
                                     .arg(probe.error().message),
                             probe.error().detail);
        });
    }
    const int status = QApplication::exec();
    // Jobs still running may wait for the main thread (keychain calls are carried out there),
    // so keep serving events while they finish.
    while (!pool.waitForDone(50)) {
        QCoreApplication::processEvents();
    }
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    if (CommandLine::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        Startup::setUpApplication();
        return CommandLine::run(QCoreApplication::arguments());
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !arguments.contains(u"-platform"_s)) {
        std::fputs("otxdesk has no display to open its window on. Run it under a virtual X "
                   "server (xvfb-run -a otxdesk), or use the command line (otxdesk --help).\n",
                   stderr);
        return 1;
    }
    return runWindow(argc, argv);
}
