import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads japicmp's XML reports and prints one line per binary- or source-incompatible change, naming class and
 * member: {@code com.browseract.client.TaskOutputs#parse(Task, Type): METHOD_LESS_ACCESSIBLE (binary, source)}.
 * Run by release/api-check as a single-file program ({@code java ApiCheckReport.java report.xml...}); prints the
 * count last. Exit status 0 whatever it finds: the script applies the version rule.
 */
public final class ApiCheckReport {
  public static void main(String[] args) throws Exception {
    List<String> lines = new ArrayList<>();
    for (String path : args) {
      NodeList changes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(path))
          .getElementsByTagName("compatibilityChange");
      for (int i = 0; i < changes.getLength(); i++) {
        Element change = (Element) changes.item(i);
        boolean binary = "false".equals(change.getAttribute("binaryCompatible"));
        boolean source = "false".equals(change.getAttribute("sourceCompatible"));
        if (binary || source) {
          Element owner = (Element) change.getParentNode().getParentNode();
          lines.add(describe(owner) + ": " + change.getAttribute("type") + " ("
              + (binary && source ? "binary, source" : binary ? "binary" : "source") + ")");
        }
      }
    }
    lines.stream().distinct().forEach(System.out::println);
    System.out.println(lines.stream().distinct().count());
  }

  /** The class, then the member the change belongs to, as a user would look it up. */
  private static String describe(Element owner) {
    Element type = owner;
    while (type != null && !"class".equals(type.getTagName())) {
      Node parent = type.getParentNode();
      type = parent instanceof Element ? (Element) parent : null;
    }
    String className = type == null ? "?" : type.getAttribute("fullyQualifiedName");
    switch (owner.getTagName()) {
      case "class":
        return className;
      case "method":
        return className + "#" + owner.getAttribute("name") + parameters(owner);
      case "constructor":
        return className + "#<init>" + parameters(owner);
      case "field":
        return className + "#" + owner.getAttribute("name");
      default:
        String name = owner.hasAttribute("fullyQualifiedName") ? owner.getAttribute("fullyQualifiedName")
            : owner.getAttribute("name");
        return className + " " + owner.getTagName() + (name.isEmpty() ? "" : " " + name);
    }
  }

  private static String parameters(Element member) {
    List<String> types = new ArrayList<>();
    for (Node child = member.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element && "parameters".equals(((Element) child).getTagName())) {
        NodeList parameters = ((Element) child).getElementsByTagName("parameter");
        for (int i = 0; i < parameters.getLength(); i++) {
          Element parameter = (Element) parameters.item(i);
          if (parameter.getParentNode() == child) {
            String name = parameter.getAttribute("type");
            types.add(name.substring(name.lastIndexOf('.') + 1));
          }
        }
      }
    }
    return "(" + String.join(", ", types) + ")";
  }
}
