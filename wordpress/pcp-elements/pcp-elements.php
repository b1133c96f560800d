<?php
/**
 * Plugin Name:       Police and Crime Plan elements
 * Description:       Shows a Police and Crime Plan (objectives, priority wheel, budget, progress, action plan, the whole plan) from its JSON plan feed, with the [pcp] shortcode or the "Police and Crime Plan" block. Works for every role, including editors who cannot post HTML.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       pcp-elements
 *
 * @package pcp-elements
 */

defined( 'ABSPATH' ) || exit;

define( 'PCP_ELEMENTS_VERSION', '0.1.0' );
define( 'PCP_ELEMENTS_DIR', __DIR__ );

require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/scripts.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/uploads.php';
require_once __DIR__ . '/includes/feeds.php';

add_action( 'init', 'pcp_elements_register_scripts' );
add_action( 'init', 'pcp_elements_register_shortcodes' );
add_action( 'init', 'pcp_elements_register_block' );
