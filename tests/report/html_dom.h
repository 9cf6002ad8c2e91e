// HtmlDom / XmlDom: libxml2 documents with XPath queries, so tests check reports and feeds as a
// parser sees them rather than by string search.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

namespace revisor::test {

struct XmlDocFree {
  void operator()(xmlDoc* d) const noexcept { xmlFreeDoc(d); }
};
struct XPathContextFree {
  void operator()(xmlXPathContext* c) const noexcept { xmlXPathFreeContext(c); }
};
struct XPathObjectFree {
  void operator()(xmlXPathObject* o) const noexcept { xmlXPathFreeObject(o); }
};

class Dom {
 public:
  // HTML (lenient HTML parser) or XML (strict: throws on any well-formedness error).
  static Dom html(const std::string& text) {
    Dom d;
    d.doc_.reset(htmlReadMemory(text.data(), static_cast<int>(text.size()), "report.html", "UTF-8",
                                HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
    if (!d.doc_) throw std::runtime_error("libxml2 could not parse the HTML");
    d.init();
    return d;
  }
  static Dom xml(const std::string& text) {
    Dom d;
    d.doc_.reset(xmlReadMemory(text.data(), static_cast<int>(text.size()), "feed.xml", nullptr,
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    if (!d.doc_) {
      const xmlError* e = xmlGetLastError();
      throw std::runtime_error(std::string("not well-formed XML: ") + (e && e->message ? e->message : "?"));
    }
    d.init();
    xmlXPathRegisterNs(d.ctx_.get(), BAD_CAST "atom", BAD_CAST "http://www.w3.org/2005/Atom");
    return d;
  }

  // Text content of every node the XPath expression selects.
  std::vector<std::string> texts(const std::string& xpath) const {
    std::vector<std::string> out;
    std::unique_ptr<xmlXPathObject, XPathObjectFree> r(
        xmlXPathEvalExpression(BAD_CAST xpath.c_str(), ctx_.get()));
    if (!r) throw std::runtime_error("bad XPath: " + xpath);
    if (!r->nodesetval) return out;
    for (int i = 0; i < r->nodesetval->nodeNr; ++i) {
      xmlChar* s = xmlNodeGetContent(r->nodesetval->nodeTab[i]);
      out.emplace_back(s ? reinterpret_cast<const char*>(s) : "");
      xmlFree(s);
    }
    return out;
  }
  std::size_t count(const std::string& xpath) const { return texts(xpath).size(); }

 private:
  void init() { ctx_.reset(xmlXPathNewContext(doc_.get())); }
  std::unique_ptr<xmlDoc, XmlDocFree> doc_;
  std::unique_ptr<xmlXPathContext, XPathContextFree> ctx_;
};

}  // namespace revisor::test
