#pragma once

#include <ostream>
#include <sstream>

namespace concord::cli {

/// An output stream to stderr that sends each flushed piece (a line ended by std::endl) in
/// one write(2), so that progress lines of the rebuild thread never break into the
/// access-log lines the request threads write (AccessLog). Use from one thread at a time.
class StderrLines : public std::ostream {
public:
    StderrLines();

private:
    class Buffer : public std::stringbuf {
    protected:
        int sync() override;
    };
    Buffer _buffer;
};

} // namespace concord::cli
