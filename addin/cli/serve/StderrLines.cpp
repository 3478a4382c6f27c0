#include "serve/StderrLines.hpp"

#include <unistd.h>

namespace concord::cli {

StderrLines::StderrLines() : std::ostream(nullptr) {
    rdbuf(&_buffer);
}

int StderrLines::Buffer::sync() {
    const std::string text = str();
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t written = ::write(STDERR_FILENO, text.data() + done, text.size() - done);
        if (written <= 0)
            break;
        done += static_cast<std::size_t>(written);
    }
    str(std::string());
    return 0;
}

} // namespace concord::cli
