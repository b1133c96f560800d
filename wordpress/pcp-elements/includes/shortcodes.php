<?php
/**
 * `[pcp element="objectives" src="/feeds/plan.json" layout="accordion"]` for one element, and
 * `[pcp_plan src="/feeds/plan.json"] … [/pcp_plan]` for several sharing one feed (one request).
 *
 * A post stores only the shortcode text, which kses never touches, so every role can embed, and a
 * page re-saved by an editor who cannot post HTML keeps its embed.
 *
 * @package pcp-elements
 */

defined( 'ABSPATH' ) || exit;

/** Shortcode attributes that configure the embed rather than the element. */
const PCP_ELEMENTS_SHORTCODE_OPTIONS = array( 'element', 'fallback', 'fallback-text' );

/** Registers `[pcp]` and `[pcp_plan]`. */
function pcp_elements_register_shortcodes() {
	add_shortcode( 'pcp', 'pcp_elements_element_shortcode' );
	add_shortcode( 'pcp_plan', 'pcp_elements_plan_shortcode' );
}

/**
 * Shortcode attributes as written: `[pcp no-controls]` gives a value-less name at a numeric key.
 *
 * @param array|string $attributes From WordPress's shortcode parser.
 * @return array<string, string|bool>
 */
function pcp_elements_shortcode_attributes( $attributes ) {
	$named = array();
	foreach ( (array) $attributes as $name => $value ) {
		if ( is_int( $name ) ) {
			$named[ strtolower( (string) $value ) ] = true;
		} else {
			// The editor may have turned `&` in an address into `&amp;`.
			$named[ strtolower( $name ) ] = html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		}
	}
	return $named;
}

/**
 * What the editor's content inside an enclosing shortcode becomes: the nested shortcodes run, and the
 * paragraphs WordPress put round them on their own lines taken away.
 */
function pcp_elements_inner_content( $content ) {
	$content = do_shortcode( shortcode_unautop( trim( (string) $content ) ) );
	// Automatic paragraphs leave `</p>` / `<p>` and `<br />` between the embeds; they are not the author's.
	$content = preg_replace( '#^\s*(?:</p>|<br\s*/?>)\s*|\s*(?:<p>|<br\s*/?>)\s*$#', '', $content );
	return preg_replace( '#(</pcp-[a-z-]+>)\s*(?:<br\s*/?>|</p>\s*<p>)\s*(?=<pcp-)#', '$1', $content );
}

/**
 * `[pcp element="…" …]`: one element. The shortcode's own content, if any, is the fallback shown when
 * the plan cannot be (a link to the PDF, say); `fallback="url"` makes such a link.
 *
 * @param array|string $attributes Shortcode attributes.
 * @param string|null  $content    Enclosed content.
 * @return string
 */
function pcp_elements_element_shortcode( $attributes, $content = null ) {
	$attributes = pcp_elements_shortcode_attributes( $attributes );
	$name       = isset( $attributes['element'] ) ? $attributes['element'] : '';
	$tag        = pcp_elements_tag( $name );
	if ( null === $tag || 'pcp-plan' === $tag ) {
		$names = implode( ', ', array_diff( array_keys( pcp_elements_catalogue() ), array( 'pcp-plan' ) ) );
		/* translators: 1: the name given, 2: element names. */
		return pcp_elements_editor_notice( sprintf( __( '[pcp] needs element="…", one of: %2$s (it was "%1$s").', 'pcp-elements' ), $name, $names ) );
	}
	$element_attributes = array_diff_key( $attributes, array_flip( PCP_ELEMENTS_SHORTCODE_OPTIONS ) );
	$fallback           = pcp_elements_fallback_link( isset( $attributes['fallback'] ) ? $attributes['fallback'] : '', isset( $attributes['fallback-text'] ) ? $attributes['fallback-text'] : '' );
	$inner              = $fallback . ( null === $content ? '' : pcp_elements_inner_content( $content ) );
	return implode( '', pcp_elements_embed( $tag, $element_attributes, $inner ) );
}

/**
 * `[pcp_plan src="…"] [pcp element="objectives"] [pcp element="priority-wheel"] [/pcp_plan]`: one feed,
 * one request, for every element inside.
 *
 * @param array|string $attributes Shortcode attributes.
 * @param string|null  $content    The elements inside (and any other content).
 * @return string
 */
function pcp_elements_plan_shortcode( $attributes, $content = null ) {
	$attributes         = pcp_elements_shortcode_attributes( $attributes );
	$element_attributes = array_diff_key( $attributes, array_flip( PCP_ELEMENTS_SHORTCODE_OPTIONS ) );
	$fallback           = pcp_elements_fallback_link( isset( $attributes['fallback'] ) ? $attributes['fallback'] : '', isset( $attributes['fallback-text'] ) ? $attributes['fallback-text'] : '' );
	return implode( '', pcp_elements_embed( 'pcp-plan', $element_attributes, pcp_elements_inner_content( $content ) . $fallback ) );
}
