package podium;

import java.io.ByteArrayInputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** XML Schema validation with the JDK, schemas loaded from test resources (offline: no network access). */
public final class Xsd {
  private Xsd() {}

  public static Schema load(String resource) {
    try {
      URL url = Xsd.class.getResource(resource);
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
      return factory.newSchema(url);
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Null when {@code xml} is valid, else the first validation error. */
  public static String problem(Schema schema, byte[] xml) {
    try {
      schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
      return null;
    } catch (SAXException e) {
      return e.getMessage();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
