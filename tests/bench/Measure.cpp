#include "tests/bench/Measure.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace Measure {

Measured run(const QString &program, const QStringList &arguments)
{
    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString &a : arguments) {
        storage.push_back(a.toLocal8Bit());
    }
    std::vector<char *> argv;
    for (QByteArray &s : storage) {
        argv.push_back(s.data());
    }
    argv.push_back(nullptr);

    Measured m;
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        // The measured program's output goes to stderr; stdout carries only the figures.
        dup2(STDERR_FILENO, STDOUT_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    if (pid < 0) {
        return m;
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) == pid) {
        m.seconds = timer.nsecsElapsed() / 1e9;
        m.peakRssKb = usage.ru_maxrss;
        m.cpuSeconds = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec
                       + usage.ru_stime.tv_usec / 1e6;
        m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return m;
}

Measured throughLauncher(const QString &program, const QStringList &arguments)
{
    QProcess launcher;
    launcher.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    launcher.start(QCoreApplication::applicationFilePath(),
                   QStringList{QStringLiteral("--measure-child"), program} + arguments);
    launcher.waitForFinished(-1);
    const QList<QByteArray> fields = launcher.readAllStandardOutput().trimmed().split(' ');
    Measured m;
    if (fields.size() == 4) {
        m.exitCode = fields[0].toInt();
        m.seconds = fields[1].toDouble();
        m.peakRssKb = fields[2].toLong();
        m.cpuSeconds = fields[3].toDouble();
    }
    return m;
}

} // namespace Measure
