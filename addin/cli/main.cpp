#include "ConcordApplication.hpp"

#include <Poco/Util/Application.h>

POCO_APP_MAIN(concord::cli::ConcordApplication)
