#include "OutputFile.hpp"

#include "CommandError.hpp"
#include "UserTexts.hpp"

#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/FileStream.h>
#include <Poco/Path.h>
#include <Poco/Process.h>
#include <Poco/Util/Application.h>

namespace concord::cli {

namespace {

constexpr int cannotWrite = Poco::Util::Application::EXIT_SOFTWARE;

void removeQuietly(const std::string& path) noexcept {
    try {
        Poco::File file(path);
        if (file.exists())
            file.remove();
    } catch (const Poco::Exception&) {
        // Left behind as a hidden .tmp file: harmless, and the real error is reported.
    }
}

} // namespace

void OutputFile::write(const std::string& target,
                       const std::function<void(const std::string&)>& write) {
    Poco::Path path(target);
    path.makeAbsolute();
    Poco::Path temporary(path);
    temporary.setFileName("." + path.getFileName() + ".concord-" +
                          std::to_string(Poco::Process::id()) + ".tmp");
    try {
        Poco::File(path.parent()).createDirectories();
    } catch (const Poco::Exception& error) {
        throw CommandError(cannotWrite,
                           UserTexts::text("error.cannot_create_folder",
                                           {path.parent().toString(), error.displayText()}));
    }
    try {
        write(temporary.toString());
        Poco::File(temporary).renameTo(path.toString());
    } catch (const Poco::Exception& error) {
        removeQuietly(temporary.toString());
        throw CommandError(cannotWrite, UserTexts::text("error.cannot_write",
                                                        {path.toString(), error.displayText()}));
    } catch (...) {
        removeQuietly(temporary.toString());
        throw;
    }
}

void OutputFile::writeText(const std::string& target, const std::string& text) {
    write(target, [&](const std::string& temporaryPath) {
        Poco::FileOutputStream out(temporaryPath);
        out << text;
        out.close();
        if (!out)
            throw Poco::WriteFileException(temporaryPath);
    });
}

} // namespace concord::cli
