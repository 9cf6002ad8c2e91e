# dtl is header-only and ships no CMake or pkg-config file: find its header, expose Dtl::Dtl.
find_path(DTL_INCLUDE_DIR dtl/dtl.hpp)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Dtl REQUIRED_VARS DTL_INCLUDE_DIR)
if(Dtl_FOUND AND NOT TARGET Dtl::Dtl)
  add_library(Dtl::Dtl INTERFACE IMPORTED)
  set_target_properties(Dtl::Dtl PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${DTL_INCLUDE_DIR}")
endif()
