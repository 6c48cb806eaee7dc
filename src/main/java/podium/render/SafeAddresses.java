package podium.render;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.AttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import podium.rules.LinkTargets;

/**
 * Defence in depth behind validation: whatever Markdown reaches the renderer (the preview's quick path renders
 * edited text before it is validated), no {@code href} or {@code src} that {@link LinkTargets} refuses is
 * written. The attribute is dropped: a link without a target is inert, an image without a source shows nothing.
 */
final class SafeAddresses implements AttributeProvider {
  static final AttributeProviderFactory FACTORY = new IndependentAttributeProviderFactory() {
    @Override
    public AttributeProvider apply(LinkResolverContext context) {
      return new SafeAddresses();
    }
  };

  @Override
  public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
    for (String name : new String[] {"href", "src"}) {
      if (attributes.contains(name) && !LinkTargets.allows(attributes.getValue(name))) {
        attributes.remove(name);
      }
    }
  }
}
