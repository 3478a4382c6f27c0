#include "OfficeEnvironment.hpp"

#include "cli/office/ExtensionInstaller.hpp"
#include "cli/office/OfficeError.hpp"

#include <Poco/Process.h>

#include <chrono>
#include <iostream>

namespace concord::integration {

OfficeEnvironment* OfficeEnvironment::_current = nullptr;

namespace {

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

OfficeEnvironment::OfficeEnvironment(std::string oxtPath, std::string uiLocale)
    : _oxtPath(std::move(oxtPath)), _uiLocale(std::move(uiLocale)) {}

void OfficeEnvironment::SetUp() {
    try {
        auto start = std::chrono::steady_clock::now();
        _profile = std::make_unique<cli::OfficeProfile>(_uiLocale);
        cli::ExtensionInstaller(*_profile).install(_oxtPath);
        const double installSeconds = secondsSince(start);
        start = std::chrono::steady_clock::now();
        _office = std::make_unique<cli::OfficeProcess>(*_profile);
        std::cout << "[ office   ] " << _oxtPath << " installed in " << installSeconds
                  << " s; soffice (pid " << _office->pid() << ", pipe " << _office->pipeName()
                  << (_uiLocale.empty() ? "" : ", UI " + _uiLocale) << ") up in "
                  << secondsSince(start) << " s\n";
        _current = this;
    } catch (const cli::OfficeError& e) {
        _office.reset();
        _profile.reset();
        FAIL() << "cannot start the office for the integration tests: " << e.what();
    }
}

void OfficeEnvironment::TearDown() {
    _current = nullptr;
    if (_office) {
        const auto start = std::chrono::steady_clock::now();
        _office->terminate();
        std::cout << "[ office   ] soffice ended in " << secondsSince(start) << " s\n";
    }
    _office.reset();
    _profile.reset();
}

cli::OfficeProcess& OfficeEnvironment::office() {
    if (_current == nullptr || !_current->_office)
        throw cli::OfficeError("the integration test office is not running");
    return *_current->_office;
}

std::string OfficeEnvironment::pipePrefix() {
    return "concord-" + std::to_string(Poco::Process::id()) + "-";
}

} // namespace concord::integration
