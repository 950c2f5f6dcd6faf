# Installed packages first (Debian: libicu-dev libabsl-dev libgtest-dev);
# FetchContent only when one is missing and SAYWHO_FETCH_DEPS is on.
include(FetchContent)

# ICU has no CMake package of its own; CMake's FindICU finds it. It is not
# fetched: every platform we support packages it.
find_package(ICU 66 REQUIRED COMPONENTS uc i18n data)

find_package(absl CONFIG QUIET)
if(NOT absl_FOUND)
  if(NOT SAYWHO_FETCH_DEPS)
    message(FATAL_ERROR "Abseil not found; install it or set SAYWHO_FETCH_DEPS=ON")
  endif()
  message(STATUS "saywho: Abseil not installed, fetching it")
  set(ABSL_PROPAGATE_CXX_STD ON)
  set(ABSL_ENABLE_INSTALL OFF)
  FetchContent_Declare(abseil
    URL https://github.com/abseil/abseil-cpp/archive/refs/tags/20240722.0.tar.gz)
  FetchContent_MakeAvailable(abseil)
endif()

if(SAYWHO_BUILD_TESTS)
  find_package(GTest CONFIG QUIET)
  if(NOT GTest_FOUND)
    find_package(GTest QUIET)
  endif()
  if(NOT GTest_FOUND)
    if(NOT SAYWHO_FETCH_DEPS)
      message(FATAL_ERROR "GoogleTest not found; install it or set SAYWHO_FETCH_DEPS=ON")
    endif()
    message(STATUS "saywho: GoogleTest not installed, fetching it")
    set(INSTALL_GTEST OFF)
    FetchContent_Declare(googletest
      URL https://github.com/google/googletest/archive/refs/tags/v1.14.0.tar.gz)
    FetchContent_MakeAvailable(googletest)
  endif()
  enable_testing()
  include(GoogleTest)
endif()

if(SAYWHO_BUILD_PYTHON)
  find_package(Python 3.9 REQUIRED COMPONENTS Interpreter Development.Module)
  find_package(pybind11 CONFIG REQUIRED)
endif()
