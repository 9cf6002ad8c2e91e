#include "revisor/text/volatile_lines.h"

#include <catch2/catch.hpp>

using namespace revisor::text;

TEST_CASE("lines that differ between two fetches are learnt by shape and left out of comparisons", "[text]") {
  const std::string a = "Headline\n\nThe council voted 9 to 4.\n\nServed 17 times\n";
  const std::string b = "Headline\n\nThe council voted 9 to 4.\n\nServed 18 times\n";
  std::vector<std::string> shapes;
  learn_volatile_lines(a, b, shapes);
  CHECK(shapes == std::vector<std::string>{"Served # times"});
  CHECK(without_volatile_lines(a, shapes) == "Headline\n\nThe council voted 9 to 4.\n");
  CHECK(without_volatile_lines("Headline\n\nThe council voted 9 to 5.\n\nServed 99 times\n", shapes) !=
        without_volatile_lines(a, shapes));
  // Many changed paragraphs are an edit, not furniture: nothing is learnt.
  std::vector<std::string> none;
  learn_volatile_lines("H\n\na1\n\nb1\n\nc1\n\nd1\n", "H\n\na2\n\nb2\n\nc2\n\nd2\n", none);
  CHECK(none.empty());
}

TEST_CASE("relative times and counters are page furniture, a sentence with a number is not", "[text]") {
  CHECK(is_page_furniture("Updated 5 minutes ago"));
  CHECK(is_page_furniture("Last updated: 2 hours ago."));
  CHECK(is_page_furniture("an hour ago"));
  CHECK(is_page_furniture("1,204 views"));
  CHECK_FALSE(is_page_furniture("The council voted 9 to 4 on Monday."));
  CHECK_FALSE(is_page_furniture("The fire started 5 minutes ago, officials said, and is still burning."));
}
