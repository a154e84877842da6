package dev.ratebot.adapter.fx;

import dev.ratebot.core.fx.ExchangeRates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the ECB's daily XML file: {@code <gesmes:Envelope><Cube><Cube time="2026-04-13"><Cube
 * currency="USD" rate="1.1684"/>…}. A file with several days (the ECB's 90-day file) gives the
 * newest. A document type declaration is refused outright, so no entity, internal or external, is
 * ever expanded and nothing outside the file is read.
 */
final class EcbXmlParser {
  private static final ErrorHandler STRICT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  private EcbXmlParser() {}

  /**
   * The newest day's rates in the file.
   *
   * @throws IllegalArgumentException naming the fault when the file is not the ECB's XML, declares
   *     a document type, or lists no rates
   */
  static ExchangeRates parse(byte[] bytes, String source) {
    Element day = newestDay(document(bytes));
    Map<String, BigDecimal> perEuro = new HashMap<>();
    NodeList cubes = day.getChildNodes();
    for (int i = 0; i < cubes.getLength(); i++) {
      if (cubes.item(i) instanceof Element cube && cube.getLocalName().equals("Cube")) {
        String code = cube.getAttribute("currency");
        String rate = cube.getAttribute("rate");
        if (perEuro.put(code, number(code, rate)) != null) {
          throw new IllegalArgumentException(code + " is listed twice");
        }
      }
    }
    if (perEuro.isEmpty()) {
      throw new IllegalArgumentException("the file lists no rates for " + day.getAttribute("time"));
    }
    return new ExchangeRates(date(day.getAttribute("time")), perEuro, source);
  }

  private static Document document(byte[] bytes) {
    Document document;
    try {
      document = builder().parse(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (SAXException e) {
      String fault = String.valueOf(e.getMessage());
      if (fault.startsWith("DOCTYPE is disallowed")) {
        throw new IllegalArgumentException(
            "it declares a document type (DOCTYPE), which is refused: no entity is expanded", e);
      }
      throw new IllegalArgumentException(
          "not well-formed XML: " + fault.replaceFirst("\\.$", ""), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot be read as XML: " + e.getMessage(), e);
    }
    String root = document.getDocumentElement().getLocalName();
    if (!"Envelope".equals(root)) {
      throw new IllegalArgumentException("its root element is <" + root + ">, not <Envelope>");
    }
    return document;
  }

  // XML that may come from anywhere: no DTD, no external entity or schema, no XInclude. The JDK's
  // own parser, whatever else is on the class path, so that every feature below is honoured.
  private static DocumentBuilder builder() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    DocumentBuilder builder;
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setNamespaceAware(true);
      builder = factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
    }
    builder.setErrorHandler(STRICT);
    builder.setEntityResolver(
        (publicId, systemId) -> {
          throw new SAXException("an external entity was refused");
        });
    return builder;
  }

  private static Element newestDay(Document document) {
    NodeList cubes = document.getElementsByTagNameNS("*", "Cube");
    Element newest = null;
    for (int i = 0; i < cubes.getLength(); i++) {
      Node node = cubes.item(i);
      if (node instanceof Element cube
          && cube.hasAttribute("time")
          && (newest == null || date(cube).isAfter(date(newest)))) {
        newest = cube;
      }
    }
    if (newest == null) {
      throw new IllegalArgumentException("the file lists no day of rates (no <Cube time=…>)");
    }
    return newest;
  }

  private static LocalDate date(Element day) {
    return date(day.getAttribute("time"));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("the day '" + text + "' is not a date (yyyy-mm-dd)", e);
    }
  }

  private static BigDecimal number(String code, String rate) {
    try {
      return new BigDecimal(rate);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "the rate of '" + code + "' is not a number: '" + rate + "'", e);
    }
  }
}
