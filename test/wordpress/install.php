<?php
/**
 * Installs the test site (Twenty Twenty-Three, the plugin active) and its users, one per role the tests
 * post as, each with an application password for the REST API. Prints them as JSON on stdout.
 *
 * Run by setup.sh with WORDPRESS_CONFIG and PCP_WP_PORT set.
 */
$port                         = getenv( 'PCP_WP_PORT' );
$_SERVER['HTTP_HOST']         = '127.0.0.1:' . $port;
$_SERVER['WORDPRESS_CONFIG']  = getenv( 'WORDPRESS_CONFIG' );
$_SERVER['REQUEST_URI']       = '/';
$_SERVER['SERVER_PROTOCOL']   = 'HTTP/1.1';
define( 'WP_INSTALLING', true );

// Only the JSON goes to stdout: PHP's notices go to stderr, and anything WordPress prints (wp_install()
// talks; a database it cannot reach prints an HTML page and exits 0) is kept back and, if the script
// ends before the JSON, reported on stderr with exit 1, so setup.sh fails saying why.
ini_set( 'display_errors', 'stderr' );
ob_start();
$pcp_printed = false;
register_shutdown_function(
	function () use ( &$pcp_printed ) {
		if ( $pcp_printed ) {
			return;
		}
		$said = '';
		while ( ob_get_level() > 0 ) {
			$said = ob_get_clean() . $said;
		}
		$said = preg_replace( '#<(style|script|title)\b.*?</\1>#si', '', $said );
		$said = trim( preg_replace( '/\s+/', ' ', html_entity_decode( strip_tags( $said ) ) ) );
		fwrite( STDERR, 'install.php stopped before printing the site' . ( '' === $said ? '' : ": $said" ) . "\n" );
		exit( 1 );
	}
);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

add_filter( 'pre_wp_mail', '__return_false' ); // no mail server here, and no mail wanted
$installed = wp_install( 'Police and Crime Plan test site', 'pcp-admin', 'pcp-admin@example.org', true, '', wp_generate_password( 24 ) );
switch_theme( 'twentytwentythree' );
$activated = activate_plugin( 'pcp-elements/pcp-elements.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'The plugin did not activate: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}

$roles = array(
	// The four kinds of user the issue names: an Editor without unfiltered_html is how a multisite, or a
	// site with DISALLOW_UNFILTERED_HTML, treats every Editor.
	'administrator'       => array( 'role' => 'administrator', 'id' => $installed['user_id'] ),
	'editor'              => array( 'role' => 'editor' ),
	'author'              => array( 'role' => 'author' ),
	'editor-without-html' => array( 'role' => 'editor' ),
);
$users = array();
foreach ( $roles as $name => $spec ) {
	$login_password = wp_generate_password( 24, false );
	if ( isset( $spec['id'] ) ) {
		$id = $spec['id'];
		wp_set_password( $login_password, $id );
	} else {
		$id = wp_insert_user(
			array(
				'user_login' => 'pcp-' . $name,
				'user_email' => 'pcp-' . $name . '@example.org',
				'user_pass'  => $login_password,
				'role'       => $spec['role'],
			)
		);
	}
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$user = new WP_User( $id );
	if ( 'editor-without-html' === $name ) {
		$user->add_cap( 'unfiltered_html', false );
	}
	list( $password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'pcp-elements tests' ) );
	wp_set_current_user( $id );
	$users[ $name ] = array(
		'id'               => $id,
		'login'            => $user->user_login,
		'password'         => $password,
		'login_password'   => $login_password,
		'unfiltered_html'  => current_user_can( 'unfiltered_html' ),
	);
}
$site = wp_json_encode( array( 'url' => home_url(), 'users' => $users ), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES );
while ( ob_get_level() > 0 ) {
	ob_end_clean();
}
$pcp_printed = true;
echo $site, "\n";
