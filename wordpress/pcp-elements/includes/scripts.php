<?php
/**
 * The element modules: one per element (`assets/objectives.js`…) sharing `assets/chunks/`, enqueued only
 * on pages that show that element, as ES modules.
 *
 * @package pcp-elements
 */

defined( 'ABSPATH' ) || exit;

/** Handle of the module that registers every element (the block editor's preview uses it). */
const PCP_ELEMENTS_ALL_HANDLE = 'pcp-elements-all';

/** The script handle for an element's module. */
function pcp_elements_script_handle( $tag ) {
	return 'pcp-elements-' . substr( $tag, strlen( 'pcp-' ) );
}

/** The handles of the plugin's module scripts (not the block editor's own script, a classic one). */
function pcp_elements_module_handles() {
	$handles = array( PCP_ELEMENTS_ALL_HANDLE );
	foreach ( array_keys( pcp_elements_catalogue() ) as $tag ) {
		$handles[] = pcp_elements_script_handle( $tag );
	}
	return $handles;
}

/** Registers (does not enqueue) every element's module. */
function pcp_elements_register_scripts() {
	$base = plugins_url( 'assets/', PCP_ELEMENTS_DIR . '/pcp-elements.php' );
	foreach ( pcp_elements_catalogue() as $tag => $element ) {
		wp_register_script( pcp_elements_script_handle( $tag ), $base . $element['module'], array(), PCP_ELEMENTS_VERSION, true );
	}
	wp_register_script( PCP_ELEMENTS_ALL_HANDLE, $base . 'pcp-elements.js', array(), PCP_ELEMENTS_VERSION, true );
}

/**
 * Loads an element's module on this page (once, however many embeds use it).
 *
 * @param string $tag A tag from the catalogue.
 */
function pcp_elements_enqueue( $tag ) {
	wp_enqueue_script( pcp_elements_script_handle( $tag ) );
}

/**
 * WordPress 6.1 has no module scripts of its own: the plugin's scripts are written as `type="module"`
 * (the element modules import their shared chunks; a classic script could not).
 */
add_filter(
	'script_loader_tag',
	function ( $html, $handle ) {
		if ( ! in_array( $handle, pcp_elements_module_handles(), true ) ) {
			return $html;
		}
		$html = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $html );
		return preg_replace( '/<script(?=[\s>])/', '<script type="module"', $html, 1 );
	},
	10,
	2
);
