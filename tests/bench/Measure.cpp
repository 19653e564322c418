#include "tests/bench/Measure.h"

#include <QElapsedTimer>

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
        m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return m;
}

} // namespace Measure
