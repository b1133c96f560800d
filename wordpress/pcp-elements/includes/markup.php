<?php
/**
 * The markup the plugin writes: an element's tag with the attributes it really has, and nothing else.
 *
 * Output is written when a page is shown (shortcode and dynamic block), never stored in a post, so the
 * post itself only holds `[pcp …]` or a block comment, which kses leaves alone for every role.
 *
 * @package pcp-elements
 */

defined( 'ABSPATH' ) || exit;

/** Attributes every element takes besides its own (from the HTML standard; never `on*` or `style`). */
const PCP_ELEMENTS_GLOBAL_ATTRIBUTES = array( 'lang', 'id', 'class' );

/**
 * The elements and their attributes, from `elements.json` (made from the package's custom-elements.json
 * when the plugin is built): tag => [ 'module' => file, 'summary' => text, 'attributes' => [ name => spec ] ].
 *
 * @return array<string, array>
 */
function pcp_elements_catalogue() {
	static $catalogue = null;
	if ( null === $catalogue ) {
		$json      = file_get_contents( PCP_ELEMENTS_DIR . '/elements.json' );
		$decoded   = is_string( $json ) ? json_decode( $json, true ) : null;
		$catalogue = array();
		foreach ( ( is_array( $decoded ) ? $decoded['elements'] : array() ) as $element ) {
			$attributes = array();
			foreach ( $element['attributes'] as $attribute ) {
				$attributes[ $attribute['name'] ] = $attribute;
			}
			$element['attributes']         = $attributes;
			$catalogue[ $element['tag'] ] = $element;
		}
	}
	return $catalogue;
}

/**
 * The tag for a name an editor wrote: `objectives` or `pcp-objectives`; null when there is no such element.
 *
 * @param string $name Element name, with or without the `pcp-` prefix.
 * @return string|null
 */
function pcp_elements_tag( $name ) {
	$name = strtolower( trim( (string) $name ) );
	if ( '' !== $name && 0 !== strpos( $name, 'pcp-' ) ) {
		$name = 'pcp-' . $name;
	}
	return isset( pcp_elements_catalogue()[ $name ] ) ? $name : null;
}

/**
 * Keeps the attributes the element has (and `lang`, `id`, `class`), escaped for HTML.
 *
 * @param string $tag        A tag from the catalogue.
 * @param array  $attributes Name => value, as an editor gave them.
 * @return array{0: array<string, string|true>, 1: string[], 2: string[]} The attributes to write (true:
 *         a boolean attribute, present), the names the element does not have, and those whose value was refused.
 */
function pcp_elements_allowed_attributes( $tag, array $attributes ) {
	$spec    = pcp_elements_catalogue()[ $tag ]['attributes'];
	$kept    = array();
	$refused = array();
	$invalid = array();
	foreach ( $attributes as $name => $value ) {
		$name = strtolower( (string) $name );
		if ( ! isset( $spec[ $name ] ) && ! in_array( $name, PCP_ELEMENTS_GLOBAL_ATTRIBUTES, true ) ) {
			$refused[] = $name;
			continue;
		}
		if ( is_bool( $value ) || ( isset( $spec[ $name ] ) && 'boolean' === $spec[ $name ]['kind'] ) ) {
			// A boolean attribute is there or not: `no-controls`, `no-controls="true"`; "false" leaves it out.
			$on = is_bool( $value ) ? $value : ! in_array( strtolower( trim( (string) $value ) ), array( 'false', '0', 'no', 'off' ), true );
			if ( $on ) {
				$kept[ $name ] = true;
			}
			continue;
		}
		if ( ! is_scalar( $value ) ) {
			$invalid[] = $name;
			continue;
		}
		$value = trim( (string) $value );
		if ( 'src' === $name ) {
			// Relative addresses and http(s) only: never javascript:, data: or another scheme.
			$value = esc_url_raw( $value, array( 'http', 'https' ) );
			if ( '' === $value ) {
				$invalid[] = $name;
				continue;
			}
		}
		$kept[ $name ] = $value;
	}
	return array( $kept, $refused, $invalid );
}

/**
 * One element as HTML on one line (no newline for automatic paragraphs to break).
 *
 * @param string $tag        A tag from the catalogue.
 * @param array  $attributes Name => value; only the element's own are written.
 * @param string $inner      HTML inside it: elements (for `<pcp-plan>`) or fallback content.
 * @return string
 */
function pcp_elements_markup( $tag, array $attributes, $inner = '' ) {
	list( $kept ) = pcp_elements_allowed_attributes( $tag, $attributes );
	$html         = '<' . $tag;
	foreach ( $kept as $name => $value ) {
		$html .= true === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, 'src' === $name ? esc_url( $value, array( 'http', 'https' ) ) : esc_attr( $value ) );
	}
	return $html . '>' . $inner . '</' . $tag . '>';
}

/**
 * A fallback link for readers when the plan cannot be shown (the PDF, say), marked for `<pcp-plan>`'s
 * fallback slot so it is hidden once the plan is on screen.
 *
 * @param string $url  Where it goes.
 * @param string $text What it says; "Read the plan" when empty.
 * @return string
 */
function pcp_elements_fallback_link( $url, $text ) {
	$url = esc_url( trim( (string) $url ), array( 'http', 'https' ) );
	if ( '' === $url ) {
		return '';
	}
	$text = trim( (string) $text );
	return sprintf( '<a slot="fallback" href="%s">%s</a>', $url, esc_html( '' !== $text ? $text : __( 'Read the plan', 'pcp-elements' ) ) );
}

/**
 * Tells an editor (never a reader) what is wrong with an embed; readers see nothing in its place.
 *
 * @param string $message What is wrong, for a person.
 * @return string
 */
function pcp_elements_editor_notice( $message ) {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	return '<p class="pcp-elements-notice" role="note"><strong>' . esc_html__( 'Police and Crime Plan embed:', 'pcp-elements' ) . '</strong> ' . esc_html( $message ) . '</p>';
}

/**
 * What an editor is told about attributes that were left out.
 *
 * @param string $tag        The element.
 * @param array  $attributes Name => value, as an editor gave them.
 * @return string
 */
function pcp_elements_attribute_notices( $tag, array $attributes ) {
	list( , $refused, $invalid ) = pcp_elements_allowed_attributes( $tag, $attributes );
	$notices                     = '';
	if ( $refused ) {
		$known = array_keys( pcp_elements_catalogue()[ $tag ]['attributes'] );
		/* translators: 1: element tag, 2: attribute names left out, 3: attribute names it has. */
		$notices .= pcp_elements_editor_notice( sprintf( __( '<%1$s> has no attribute %2$s, so it was left out. Its attributes: %3$s.', 'pcp-elements' ), $tag, implode( ', ', $refused ), implode( ', ', $known ) ) );
	}
	if ( $invalid ) {
		/* translators: %s: attribute names. */
		$notices .= pcp_elements_editor_notice( sprintf( __( 'The value of %s was left out: a feed address must start with http://, https:// or /.', 'pcp-elements' ), implode( ', ', $invalid ) ) );
	}
	return $notices;
}

/**
 * An embed as the page gets it: the editor's notices (if any), and the element, unless its feed address
 * was refused (an element with no feed would only tell readers it has none). Loads the element's module
 * when it is written.
 *
 * @param string $tag        A tag from the catalogue.
 * @param array  $attributes Name => value, as an editor gave them.
 * @param string $inner      HTML inside it.
 * @return array{0: string, 1: string} The notices and the element ('' when left out).
 */
function pcp_elements_embed( $tag, array $attributes, $inner = '' ) {
	list( , , $invalid ) = pcp_elements_allowed_attributes( $tag, $attributes );
	$notices             = pcp_elements_attribute_notices( $tag, $attributes );
	if ( in_array( 'src', $invalid, true ) ) {
		return array( $notices, '' );
	}
	pcp_elements_enqueue( $tag );
	return array( $notices, pcp_elements_markup( $tag, $attributes, $inner ) );
}
