#include "serve/TerminationSignal.hpp"

#include "UserTexts.hpp"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <stdexcept>
#include <unistd.h>

namespace concord::cli {

namespace {

int pipeEnds[2] = {-1, -1};

extern "C" void onSignal(int number) {
    const int saved = errno;
    const unsigned char byte = static_cast<unsigned char>(number);
    const ssize_t written = ::write(pipeEnds[1], &byte, 1);
    (void)written;
    errno = saved;
}

void install(int number, void (*handler)(int)) {
    struct sigaction action {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(number, &action, nullptr);
}

} // namespace

TerminationSignal::TerminationSignal() {
    if (::pipe2(pipeEnds, O_CLOEXEC) != 0)
        throw std::runtime_error(UserTexts::text("error.signal_pipe"));
    install(SIGINT, onSignal);
    install(SIGTERM, onSignal);
    install(SIGPIPE, SIG_IGN);
}

TerminationSignal::~TerminationSignal() {
    install(SIGINT, SIG_DFL);
    install(SIGTERM, SIG_DFL);
    ::close(pipeEnds[0]);
    ::close(pipeEnds[1]);
    pipeEnds[0] = pipeEnds[1] = -1;
}

int TerminationSignal::wait() {
    unsigned char byte = 0;
    for (;;) {
        const ssize_t got = ::read(pipeEnds[0], &byte, 1);
        if (got == 1)
            return byte;
        if (got < 0 && errno == EINTR)
            continue;
        return SIGTERM;
    }
}

} // namespace concord::cli
