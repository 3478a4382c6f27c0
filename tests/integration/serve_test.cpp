// `concord serve` and `concord publish` as a user runs them: the real built program (its own
// private headless Calc) on the sample workbook, fetched with Poco's HTTP client on a free
// loopback port; the workbook changed, broken mid-save and restored under it; hostile
// requests refused while it keeps serving; a hostile workbook published escaped; and the
// page rendered by a real browser (headless Chromium).
#include "GeneratorCli.hpp"
#include "ServeProcess.hpp"

#include <Poco/DirectoryIterator.h>
#include <Poco/File.h>
#include <Poco/NumberParser.h>
#include <Poco/Process.h>
#include <Poco/TemporaryFile.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <csignal>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>

namespace concord::integration {

namespace {

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    EXPECT_NE(std::string::npos, at) << from;
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

/// The processes whose parent is pid (from /proc/<pid>/stat).
std::vector<int> childrenOf(int parent) {
    std::vector<int> children;
    for (Poco::DirectoryIterator it(std::string("/proc")), end; it != end; ++it) {
        int pid = 0;
        if (!Poco::NumberParser::tryParse(it.name(), pid))
            continue;
        std::ifstream stat("/proc/" + it.name() + "/stat");
        std::string line;
        std::getline(stat, line);
        // pid (comm) state ppid …: comm may hold spaces, so read after the last ')'
        const std::size_t close = line.rfind(')');
        if (close == std::string::npos)
            continue;
        std::istringstream rest(line.substr(close + 1));
        std::string state;
        int ppid = 0;
        rest >> state >> ppid;
        if (ppid == parent)
            children.push_back(pid);
    }
    return children;
}

/// `concord serve` on a copy of the sample, for the whole suite (one office start).
class ServeSample : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        folder = Poco::TemporaryFile::tempName() + "-serve/";
        Poco::File(folder).createDirectories();
        workbook = folder + "book.fods";
        original = readFile(ServeProcess::sampleSource());
        writeFile(workbook, original);
        server = std::make_unique<ServeProcess>(workbook, folder);
        port = server->port();
        up = server->up();
        handle = &server->handle();
    }

    static void TearDownTestSuite() {
        server.reset();
        handle = nullptr;
        Poco::File(folder).remove(true);
    }

    void SetUp() override { ASSERT_TRUE(up) << readFile(folder + "err.log"); }

    static std::string folder;
    static std::string workbook;
    static std::string original;
    static int port;
    static bool up;
    static std::unique_ptr<ServeProcess> server;
    static Poco::ProcessHandle* handle;
};

std::string ServeSample::folder;
std::string ServeSample::workbook;
std::string ServeSample::original;
int ServeSample::port = 0;
bool ServeSample::up = false;
std::unique_ptr<ServeProcess> ServeSample::server;
Poco::ProcessHandle* ServeSample::handle = nullptr;

const char groupName[] = "<text:p>Test sales group (marketing)</text:p>";
const char editedName[] = "<text:p>Test group EDITED 🚀</text:p>";

} // namespace

TEST_F(ServeSample, ServesThePagesAndTheSameJsonAsBuild) {
    const Reply index = fetch(port, "GET", "/");
    EXPECT_EQ(200, index.status);
    EXPECT_NE(std::string::npos, index.body.find("<h1>Company scorecard</h1>"));
    EXPECT_NE(std::string::npos, index.body.find("id=\"company-chart\""));
    EXPECT_NE(std::string::npos, index.body.find("href=\"department-SAL.html\""));
    EXPECT_FALSE(index.build.empty());
    for (const char* page :
         {"/index.html", "/department-SAL.html", "/smart.html", "/requests.html", "/style.css"}) {
        SCOPED_TRACE(page);
        EXPECT_EQ(200, fetch(port, "GET", page).status);
    }
    const Reply head = fetch(port, "HEAD", "/");
    EXPECT_EQ(200, head.status);
    EXPECT_EQ("", head.body);

    const Reply api = fetch(port, "GET", "/api/scorecards.json");
    ASSERT_EQ(200, api.status);
    const nlohmann::json served = nlohmann::json::parse(api.body);
    // `concord build --json` of the same workbook: the same document
    const GeneratorCli::Outcome build = GeneratorCli::run(
        {"build", workbook, "-o", folder + "built.ods", "--json", folder + "built.json"}, folder);
    ASSERT_EQ(0, build.exitCode) << build.err;
    EXPECT_EQ(nlohmann::json::parse(readFile(folder + "built.json")), served);
}

TEST_F(ServeSample, RefusesWhatIsNotItsOwnAndKeepsServing) {
    const struct {
        const char* method;
        std::string target;
        int status;
    } refused[] = {
        {"GET", "/../../etc/passwd", 404},
        {"GET", "/%2e%2e/", 404},
        {"GET", "/%2e%2e/%2e%2e/etc/passwd", 404},
        {"GET", "/..%2f..%2fetc%2fpasswd", 404},
        {"GET", "/style.css/../../../etc/passwd", 404},
        {"GET", "/nothing.html", 404},
        {"GET", "/\xD0\x9F\"x\\", 404}, // raw UTF-8, a quote, a backslash
        {"GET", "/" + std::string(5000, 'a'), 414},
        {"GET", "/" + std::string(20000, 'a'), 400}, // beyond Poco's request-line limit
        {"POST", "/", 405},
        {"PUT", "/index.html", 405},
        {"DELETE", "/index.html", 405},
        {"OPTIONS", "/", 405},
    };
    for (const auto& row : refused) {
        SCOPED_TRACE(std::string(row.method) + " " + row.target.substr(0, 60));
        const Reply reply = fetch(port, row.method, row.target);
        EXPECT_EQ(row.status, reply.status);
        EXPECT_EQ(std::string::npos, reply.body.find("root:"));
        if (row.status == 405) {
            EXPECT_EQ("GET, HEAD", reply.allow);
        }
    }
    // still up, and every handled request has its one access-log line
    EXPECT_EQ(200, fetch(port, "GET", "/").status);
    // (the log is written in batches every 50 ms)
    EXPECT_TRUE(eventually(
        [] {
            const std::string log = readFile(folder + "err.log");
            return log.find("\"GET /../../etc/passwd HTTP/1.1\" 404 ") != std::string::npos &&
                   log.find("\"POST / HTTP/1.1\" 405 ") != std::string::npos &&
                   // bytes a log reader could misread are written as \xHH
                   log.find("\"GET /\\xD0\\x9F\\x22x\\x5C HTTP/1.1\" 404 ") != std::string::npos;
        },
        std::chrono::seconds(5)));
    EXPECT_TRUE(Poco::Process::isRunning(*handle));
}

TEST_F(ServeSample, FollowsTheWorkbookAndKeepsTheLastGoodPagesWhenItBreaks) {
    // 1. the workbook changes: the page follows
    writeFile(workbook, replaced(original, groupName, editedName));
    EXPECT_TRUE(eventually(
        [] {
            return fetch(port, "GET", "/").body.find("Test group EDITED 🚀") != std::string::npos;
        },
        std::chrono::seconds(60)));
    const std::string goodBuild = fetch(port, "GET", "/").build;

    // 2. broken mid-save (cut in the middle): the last good pages stay, the index says so
    const std::string edited = replaced(original, groupName, editedName);
    writeFile(workbook, edited.substr(0, edited.size() / 2));
    EXPECT_TRUE(eventually(
        [] { return fetch(port, "GET", "/").body.find("class=\"banner\"") != std::string::npos; },
        std::chrono::seconds(60)));
    const Reply broken = fetch(port, "GET", "/");
    EXPECT_NE(std::string::npos, broken.body.find("The workbook could not be read"));
    EXPECT_NE(std::string::npos, broken.body.find("Test group EDITED 🚀"));
    EXPECT_NE(goodBuild, broken.build);
    EXPECT_EQ(200, fetch(port, "GET", "/api/scorecards.json").status);

    // 3. saved whole again: fresh pages, no banner
    writeFile(workbook, original);
    EXPECT_TRUE(eventually(
        [] {
            const std::string body = fetch(port, "GET", "/").body;
            return body.find("class=\"banner\"") == std::string::npos &&
                   body.find("Test sales group (marketing)") != std::string::npos;
        },
        std::chrono::seconds(60)));
}

TEST_F(ServeSample, ARealBrowserShowsTheStatusCells) {
    const std::string chromium = "/usr/bin/chromium";
    if (!Poco::File(chromium).exists())
        GTEST_SKIP() << "no " << chromium << " (scripts/install-deps.sh installs it)";
    // --dump-dom: the DOM after the browser parsed and laid out the served index
    const GeneratorCli::Outcome dom = [&] {
        GeneratorCli::Outcome outcome;
        const std::string command = "'" + chromium +
                                    "' --headless --no-sandbox --disable-gpu --dump-dom "
                                    "http://127.0.0.1:" +
                                    std::to_string(port) + "/ 2>/dev/null";
        FILE* pipe = ::popen(command.c_str(), "r");
        char buffer[4096];
        std::size_t got = 0;
        while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
            outcome.out.append(buffer, got);
        outcome.exitCode = ::pclose(pipe);
        return outcome;
    }();
    ASSERT_EQ(0, dom.exitCode);
    // one status cell per department of the sample (7), each with an icon and a word
    const std::regex cell(
        "<td class=\"status-cell\"><span class=\"status status-(green|amber|red|none)\"><span "
        "class=\"icon\" aria-hidden=\"true\">(✔|▲|✖|○)</span> (green|amber|red|no data)</span>");
    const auto cells = std::distance(std::sregex_iterator(dom.out.begin(), dom.out.end(), cell),
                                     std::sregex_iterator());
    EXPECT_EQ(7, cells);
    EXPECT_EQ(std::string::npos, dom.out.find("<script"));
    // a screenshot the size of a wall screen's browser window
    const std::string png = folder + "index.png";
    const std::string shot = "'" + chromium +
                             "' --headless --no-sandbox --disable-gpu --hide-scrollbars "
                             "--window-size=1280,1400 --screenshot='" +
                             png + "' http://127.0.0.1:" + std::to_string(port) +
                             "/ >/dev/null 2>&1";
    ASSERT_EQ(0, std::system(shot.c_str()));
    ASSERT_TRUE(Poco::File(png).exists());
    EXPECT_GT(Poco::File(png).getSize(), 20000u);
    EXPECT_EQ("\x89PNG", readFile(png).substr(0, 4));
}

TEST_F(ServeSample, StartsANewOfficeWhenItsOfficeHasCrashed) {
    // LibreOffice 7.4 headless sometimes crashes (see lo-facts): kill the server's office
    // outright, then change the workbook; the next rebuild starts a new office
    const std::vector<int> offices = childrenOf(static_cast<int>(handle->id()));
    ASSERT_FALSE(offices.empty());
    for (const int pid : offices)
        ::kill(pid, SIGKILL);
    writeFile(workbook, replaced(original, groupName, "<text:p>After the crash</text:p>"));
    EXPECT_TRUE(eventually(
        [] {
            const std::string body = fetch(port, "GET", "/").body;
            return body.find("After the crash") != std::string::npos &&
                   body.find("class=\"banner\"") == std::string::npos;
        },
        std::chrono::seconds(90)))
        << readFile(folder + "err.log").substr(0, 4000);
    writeFile(workbook, original);
}

TEST_F(ServeSample, StopsCleanlyOnSigterm) {
    // last in the suite: ends the server
    ::kill(handle->id(), SIGTERM);
    const auto start = std::chrono::steady_clock::now();
    const int code = handle->wait();
    EXPECT_EQ(0, code);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(30));
    const std::string log = readFile(folder + "err.log");
    EXPECT_NE(std::string::npos, log.find("concord: stopped"));
    EXPECT_NE(std::string::npos,
              readFile(folder + "out.log").find("concord: serving http://127.0.0.1:"));
}

TEST(PublishHostile, EveryTextOfAHostileWorkbookIsEscaped) {
    const std::string folder = Poco::TemporaryFile::tempName() + "-publish/";
    Poco::File(folder).createDirectories();
    // the sample with department names and a goal that are markup, quotes, Cyrillic, emoji
    std::string book = readFile(ServeProcess::sampleSource());
    book = replaced(book, "<text:p>Test sales group (marketing)</text:p>",
                    "<text:p>&lt;script&gt;alert(1)&lt;/script&gt;</text:p>");
    book = replaced(book, "<text:p>Logistics</text:p>",
                    "<text:p>&quot;&gt;&lt;img src=x onerror=alert(1)&gt; «Логистика» 🚚</text:p>");
    writeFile(folder + "hostile.fods", book);
    const GeneratorCli::Outcome outcome =
        GeneratorCli::run({"publish", folder + "hostile.fods", "-o", folder + "site"}, folder);
    ASSERT_EQ(0, outcome.exitCode) << outcome.err;
    EXPECT_NE(std::string::npos, outcome.out.find("Wrote " + folder + "site"));
    const std::string index = readFile(folder + "site/index.html");
    EXPECT_NE(std::string::npos, index.find("&lt;script&gt;alert(1)&lt;/script&gt;"));
    EXPECT_NE(std::string::npos,
              index.find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; «Логистика» 🚚"));
    for (const char* page : {"index.html", "department-TSG.html", "department-LOG.html",
                             "smart.html", "requests.html"}) {
        SCOPED_TRACE(page);
        const std::string html = readFile(folder + "site/" + page);
        EXPECT_EQ(std::string::npos, html.find("<script"));
        EXPECT_EQ(std::string::npos, html.find("<img"));
    }
    EXPECT_TRUE(Poco::File(folder + "site/api/scorecards.json").exists());
    EXPECT_TRUE(Poco::File(folder + "site/style.css").exists());
    Poco::File(folder).remove(true);
}

} // namespace concord::integration

namespace concord::integration {

TEST(ServeStart, WithoutAGoodFirstBuildOrAUsableAddressItExitsWithOneLine) {
    const std::string folder = Poco::TemporaryFile::tempName() + "-serve-start/";
    Poco::File(folder).createDirectories();
    const std::string original = readFile(ServeProcess::sampleSource());
    writeFile(folder + "book.fods", original);
    writeFile(folder + "broken.fods", original.substr(0, original.size() / 2));
    const struct {
        std::vector<std::string> arguments;
        int exitCode;
        const char* message;
    } cases[] = {
        {{"serve", folder + "missing.ods"}, 66, "no such file"},
        {{"serve", folder + "book.fods", "--bind", "not-an-address"}, 64, "not an IP address"},
        {{"serve", folder + "book.fods", "--port", "70000"}, 64, "expected 0-65535"},
        {{"serve", folder + "broken.fods", "--port", "0"}, 65, "Calc cannot open it"},
        {{"publish", folder + "book.fods"}, 64, "-o DIR"},
    };
    for (const auto& row : cases) {
        SCOPED_TRACE(row.arguments[1] + " " + row.message);
        const GeneratorCli::Outcome outcome = GeneratorCli::run(row.arguments, folder);
        EXPECT_EQ(row.exitCode, outcome.exitCode) << outcome.err;
        EXPECT_NE(std::string::npos, outcome.err.find(row.message)) << outcome.err;
    }
    Poco::File(folder).remove(true);
}

} // namespace concord::integration
