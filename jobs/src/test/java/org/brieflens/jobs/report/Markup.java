package org.brieflens.jobs.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Parses markup the report writes as XML: it must be well-formed, so a bracket, ampersand or
 * quote that escaping missed makes the parse fail or changes the text read back.
 */
final class Markup {
    private final Document document;

    private Markup(Document document) {
        this.document = document;
    }

    static Markup parse(String markup) {
        try {
            return new Markup(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(("<root>" + markup + "</root>").getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage() + "\n" + markup, e);
        }
    }

    /** Elements of this tag name, in document order. */
    List<Element> elements(String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** Elements of any tag carrying the attribute. */
    List<Element> withAttribute(String attribute) {
        return elements("*").stream().filter(e -> e.hasAttribute(attribute)).toList();
    }

    /** Text contents of the elements of a tag with this class. */
    List<String> texts(String tag, String cssClass) {
        return elements(tag).stream().filter(e -> e.getAttribute("class").equals(cssClass)).map(Element::getTextContent).toList();
    }

    /** Every text of the document, joined. */
    String text() {
        return document.getDocumentElement().getTextContent();
    }
}
