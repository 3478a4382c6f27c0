#pragma once

#include "cli/office/OfficeProcess.hpp"
#include "cli/office/OfficeProfile.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace concord::integration {

/// The one office of a test binary: SetUp makes a throwaway profile (seeded with the UI
/// locale given, e.g. "ru-RU", or the default English), installs the freshly built
/// concord.oxt into it and starts one headless soffice that every test shares; TearDown
/// ends the office and removes the profile. Each run of a binary has its own profile and
/// pipe name, so binaries can run in parallel.
class OfficeEnvironment : public ::testing::Environment {
public:
    OfficeEnvironment(std::string oxtPath, std::string uiLocale);

    void SetUp() override;
    void TearDown() override;

    /// The running office. Only valid between SetUp and TearDown (tests run only then).
    static cli::OfficeProcess& office();
    /// The pipe name prefix of every office this process starts ("concord-<pid>-"), to
    /// look for leftovers after the run.
    static std::string pipePrefix();

private:
    std::string _oxtPath;
    std::string _uiLocale;
    std::unique_ptr<cli::OfficeProfile> _profile;
    std::unique_ptr<cli::OfficeProcess> _office;
    static OfficeEnvironment* _current;
};

} // namespace concord::integration
