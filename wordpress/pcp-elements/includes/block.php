<?php
/**
 * The dynamic block `pcp-elements/element`: the post stores a block comment with the element, the feed
 * and the attributes; the markup is written when the page is shown. The editor's sidebar picks them and
 * previews the element live (block/editor.js).
 *
 * @package pcp-elements
 */

defined( 'ABSPATH' ) || exit;

/** Registers the block, and gives its editor script the elements and their attributes. */
function pcp_elements_register_block() {
	register_block_type( PCP_ELEMENTS_DIR . '/block', array( 'render_callback' => 'pcp_elements_render_block' ) );
	$elements = array();
	foreach ( pcp_elements_catalogue() as $tag => $element ) {
		if ( 'pcp-plan' !== $tag ) {
			$elements[] = array(
				'tag'        => $tag,
				'summary'    => $element['summary'],
				'attributes' => array_values( array_diff_key( $element['attributes'], array_flip( array( 'src', 'timeout' ) ) ) ),
			);
		}
	}
	wp_add_inline_script( 'pcp-elements-element-editor-script', 'window.pcpElements = ' . wp_json_encode( array( 'elements' => $elements ) ) . ';', 'before' );
}

/** In the editor, the preview needs every element registered (which one comes next is the editor's choice). */
add_action(
	'enqueue_block_editor_assets',
	function () {
		wp_enqueue_script( PCP_ELEMENTS_ALL_HANDLE );
	}
);

/**
 * The block's markup: the element in a wrapper that carries the block's alignment.
 *
 * @param array $block_attributes The block's attributes (block.json).
 * @return string
 */
function pcp_elements_render_block( $block_attributes ) {
	$tag = pcp_elements_tag( isset( $block_attributes['element'] ) ? $block_attributes['element'] : '' );
	if ( null === $tag || 'pcp-plan' === $tag ) {
		return pcp_elements_editor_notice( __( 'Choose which part of the plan to show.', 'pcp-elements' ) );
	}
	$src = isset( $block_attributes['src'] ) ? trim( (string) $block_attributes['src'] ) : '';
	if ( '' === $src ) {
		return pcp_elements_editor_notice( __( 'Give the address of the plan feed, or choose its JSON file from the media library.', 'pcp-elements' ) );
	}
	$attributes        = isset( $block_attributes['attributes'] ) && is_array( $block_attributes['attributes'] ) ? $block_attributes['attributes'] : array();
	$attributes['src'] = $src;
	$fallback          = pcp_elements_fallback_link( isset( $block_attributes['fallbackUrl'] ) ? $block_attributes['fallbackUrl'] : '', isset( $block_attributes['fallbackText'] ) ? $block_attributes['fallbackText'] : '' );
	list( $notices, $element ) = pcp_elements_embed( $tag, $attributes, $fallback );
	if ( '' === $element ) {
		return $notices;
	}
	// The element is in a wrapper that carries the block's alignment; the notices (editors only) are not.
	return $notices . '<div ' . get_block_wrapper_attributes( array( 'class' => 'pcp-elements-embed' ) ) . '>' . $element . '</div>';
}
